namespace TeamGraph.Core.Queries;

/// <summary>
/// One actor's edges of the <see cref="HandoffNetwork"/>, read one at a time in (handoff, receiver) order with groups
/// expanded as they are reached, so a walk never holds an edge per group member. Within a handoff the receivers are a
/// merge of the direct receivers and each receiving group's members (all ascending); a receiver reached several ways
/// (BE named and also in Developers) is one edge by the most direct way: named, else the first group by id. An actor
/// handing to itself (DevOps to the Team) is no edge. Reusable: <see cref="Start"/> begins another actor.
/// </summary>
internal sealed class OutgoingEdges(HandoffNetwork network)
{
    private int[][] _lists = new int[4][];
    private int[] _viaGroup = new int[4];
    private int[] _position = new int[4];
    private int _listCount;
    private int _actor;
    private int[] _given = [];
    private int _nextGiven;
    private int _handoff;
    private int _fromGroup;

    public void Start(int actor)
    {
        _actor = actor;
        _given = network.Given[actor];
        _nextGiven = 0;
        _listCount = 0;
    }

    public bool TryNext(out HandoffEdge edge)
    {
        while (true)
        {
            if (TryNextReceiver(out var to, out var viaGroup))
            {
                if (to != _actor)
                {
                    edge = new HandoffEdge(_actor, to, _handoff, _fromGroup, viaGroup);
                    return true;
                }

                continue;
            }

            if (_nextGiven == _given.Length)
            {
                edge = default;
                return false;
            }

            Load(_given[_nextGiven++]);
        }
    }

    private void Load(int handoff)
    {
        _handoff = handoff;
        _fromGroup = network.GivingGroup(handoff);
        var groups = network.ReceivingGroups[handoff];
        var count = 1 + groups.Length;
        if (_lists.Length < count)
        {
            _lists = new int[count][];
            _viaGroup = new int[count];
            _position = new int[count];
        }

        _lists[0] = network.DirectReceivers[handoff];
        _viaGroup[0] = -1;
        for (var i = 0; i < groups.Length; i++)
        {
            _lists[i + 1] = network.Members[groups[i]];
            _viaGroup[i + 1] = groups[i];
        }

        Array.Clear(_position, 0, count);
        _listCount = count;
    }

    /// <summary>The smallest receiver left; on a tie the earliest list wins, which is the most direct way.</summary>
    private bool TryNextReceiver(out int to, out int viaGroup)
    {
        var best = -1;
        to = int.MaxValue;
        for (var i = 0; i < _listCount; i++)
        {
            if (_position[i] < _lists[i].Length && _lists[i][_position[i]] < to)
            {
                to = _lists[i][_position[i]];
                best = i;
            }
        }

        if (best < 0)
        {
            viaGroup = -1;
            return false;
        }

        viaGroup = _viaGroup[best];
        for (var i = best; i < _listCount; i++)
        {
            if (_position[i] < _lists[i].Length && _lists[i][_position[i]] == to)
            {
                _position[i]++;
            }
        }

        return true;
    }
}
