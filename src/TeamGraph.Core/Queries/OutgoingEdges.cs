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
    /// <summary>The current handoff's receivers: the direct ones first, then each receiving group's members.</summary>
    private ReceiverList[] _lists = new ReceiverList[4];
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
        _listCount = 1 + groups.Length;
        if (_lists.Length < _listCount)
        {
            _lists = new ReceiverList[_listCount];
        }

        _lists[0] = new ReceiverList(network.DirectReceivers[handoff], -1);
        for (var i = 0; i < groups.Length; i++)
        {
            _lists[i + 1] = new ReceiverList(network.Members[groups[i]], groups[i]);
        }
    }

    /// <summary>The smallest receiver left; on a tie the earliest list wins, which is the most direct way.</summary>
    private bool TryNextReceiver(out int to, out int viaGroup)
    {
        var best = -1;
        to = int.MaxValue;
        for (var i = 0; i < _listCount; i++)
        {
            if (_lists[i].Next is var next and >= 0 && next < to)
            {
                to = next;
                best = i;
            }
        }

        if (best < 0)
        {
            viaGroup = -1;
            return false;
        }

        viaGroup = _lists[best].ViaGroup;
        for (var i = best; i < _listCount; i++)
        {
            if (_lists[i].Next == to)
            {
                _lists[i].Position++;
            }
        }

        return true;
    }

    /// <summary>Actors in ascending order, read from <see cref="Position"/> on, reached through <see cref="ViaGroup"/> (or -1).</summary>
    private struct ReceiverList(int[] actors, int viaGroup)
    {
        public int Position;

        public readonly int ViaGroup => viaGroup;

        /// <summary>The next actor, or -1 when none is left.</summary>
        public readonly int Next => Position < actors.Length ? actors[Position] : -1;
    }
}
