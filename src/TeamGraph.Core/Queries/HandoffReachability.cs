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
    /// distance to it, which is what lets the chain search cut hopeless branches.
    /// </summary>
    public static int[] Distances(HandoffNetwork network, int start, HandoffDirection direction, int maxHops, CancellationToken cancellationToken)
    {
        var distance = new int[network.Actors.Count];
        Array.Fill(distance, Unreached);
        distance[start] = 0;
        var frontier = new Queue<int>();
        frontier.Enqueue(start);
        while (frontier.TryDequeue(out var actor) && distance[actor] < maxHops)
        {
            cancellationToken.ThrowIfCancellationRequested();
            if (direction == HandoffDirection.Downstream)
            {
                foreach (var edge in network.Outgoing[actor])
                {
                    Reach(edge.To, distance[actor] + 1);
                }
            }
            else
            {
                foreach (var giver in network.Givers[actor])
                {
                    Reach(giver, distance[actor] + 1);
                }
            }
        }

        return distance;

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
