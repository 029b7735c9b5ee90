namespace TeamGraph.Core.Queries;

/// <summary>Breadth-first walks of the <see cref="HandoffNetwork"/>: hop counts up or downstream of an actor.</summary>
internal static class HandoffReachability
{
    /// <summary>Unreached actors get this distance.</summary>
    public const int Unreached = int.MaxValue;

    /// <summary>Every actor within <paramref name="maxHops"/> of the start, nearest first, then by id.</summary>
    public static IReadOnlyList<ReachableActor> Find(HandoffNetwork network, string actorId, HandoffDirection direction, int maxHops, CancellationToken cancellationToken)
    {
        var start = network.IndexOf(actorId);
        if (start < 0)
        {
            return [];
        }

        var distance = Distances(network, start, direction, maxHops, cancellationToken);
        return [.. Enumerable.Range(0, distance.Length)
            .Where(i => i != start && distance[i] != Unreached)
            .OrderBy(i => distance[i]).ThenBy(i => i)
            .Select(i => new ReachableActor(network.Actors[i].Id, network.Actors[i].Label, network.Actors[i].DisplayName, distance[i]))];
    }

    /// <summary>
    /// The fewest hops from <paramref name="start"/> to each actor, following handoffs downstream (or against them,
    /// upstream), not beyond <paramref name="maxHops"/>. Upstream from a chain's target this is each actor's least
    /// distance to it, which is what lets the chain search cut hopeless branches. Breadth-first, so the first time a
    /// group's members are reached is their least distance: each group is expanded once per side, which keeps a walk
    /// through a team-wide group linear in the team rather than in handoffs × members.
    /// </summary>
    public static int[] Distances(HandoffNetwork network, int start, HandoffDirection direction, int maxHops, CancellationToken cancellationToken)
    {
        var distance = new int[network.Actors.Count];
        Array.Fill(distance, Unreached);
        distance[start] = 0;
        var receivingExpanded = new bool[network.Actors.Count];
        var givingExpanded = new bool[network.Actors.Count];
        var frontier = new Queue<int>();
        frontier.Enqueue(start);
        while (frontier.TryDequeue(out var actor) && distance[actor] < maxHops)
        {
            cancellationToken.ThrowIfCancellationRequested();
            var hops = distance[actor] + 1;
            if (direction == HandoffDirection.Downstream)
            {
                foreach (var handoff in network.Given[actor])
                {
                    ReachAll(network.DirectReceivers[handoff], hops);
                    foreach (var group in network.ReceivingGroups[handoff])
                    {
                        ReachMembers(group, receivingExpanded, hops);
                    }
                }
            }
            else
            {
                if (network.Members[actor].Length == 0)
                {
                    ReachGivers(network.Received[actor], hops);
                }

                foreach (var group in network.GroupsOf[actor])
                {
                    if (!receivingExpanded[group])
                    {
                        receivingExpanded[group] = true;
                        ReachGivers(network.Received[group], hops);
                    }
                }
            }
        }

        return distance;

        void ReachGivers(int[] handoffs, int hops)
        {
            foreach (var handoff in handoffs)
            {
                if (network.GivingGroup(handoff) is var group and >= 0)
                {
                    ReachMembers(group, givingExpanded, hops);
                }
                else
                {
                    Reach(network.Giver[handoff], hops);
                }
            }
        }

        void ReachMembers(int group, bool[] expanded, int hops)
        {
            if (!expanded[group])
            {
                expanded[group] = true;
                ReachAll(network.Members[group], hops);
            }
        }

        void ReachAll(int[] actors, int hops)
        {
            foreach (var next in actors)
            {
                Reach(next, hops);
            }
        }

        void Reach(int next, int hops)
        {
            if (distance[next] == Unreached)
            {
                distance[next] = hops;
                frontier.Enqueue(next);
            }
        }
    }
}
