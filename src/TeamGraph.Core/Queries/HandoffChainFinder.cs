namespace TeamGraph.Core.Queries;

/// <summary>
/// Enumerates simple handoff paths between two actors, shortest first and, within a length, in the order of their
/// (handoff id, receiver id) sequences. Iterative deepening over the exact length with an explicit stack: every
/// path of length k comes before any of length k + 1, the stack depth is the path length, and a branch is cut as soon
/// as its actor cannot reach the target in the hops left (distances from one backward breadth-first walk). The walk
/// stops at the requested number of paths.
/// </summary>
internal static class HandoffChainFinder
{
    public static IReadOnlyList<HandoffChain> Find(HandoffNetwork network, string fromId, string toId, int maxHops, int maxPaths, CancellationToken cancellationToken)
    {
        var from = network.IndexOf(fromId);
        var to = network.IndexOf(toId);
        if (from < 0 || to < 0 || from == to)
        {
            return [];
        }

        var distanceToTarget = HandoffReachability.Distances(network, to, HandoffDirection.Upstream, maxHops, cancellationToken);
        var chains = new List<HandoffChain>();
        if (distanceToTarget[from] == HandoffReachability.Unreached)
        {
            return chains;
        }

        var walk = new Walk(network, from, to, distanceToTarget, maxPaths, chains, cancellationToken);
        for (var length = distanceToTarget[from]; length <= maxHops && chains.Count < maxPaths; length++)
        {
            walk.Collect(length);
        }

        return chains;
    }

    private sealed class Walk(HandoffNetwork network, int from, int to, int[] distanceToTarget, int maxPaths, List<HandoffChain> chains, CancellationToken cancellationToken)
    {
        private readonly bool[] _onPath = new bool[network.Actors.Count];
        private readonly List<OutgoingEdges> _cursors = [];
        private int _steps;

        /// <summary>Adds the paths of exactly <paramref name="length"/> hops, in order, until there are enough.</summary>
        public void Collect(int length)
        {
            while (_cursors.Count <= length)
            {
                _cursors.Add(new OutgoingEdges(network));
            }

            var actors = new int[length + 1];
            var path = new HandoffEdge[length];
            var depth = 0;
            actors[0] = from;
            _cursors[0].Start(from);
            _onPath[from] = true;
            while (depth >= 0)
            {
                var hopsLeft = length - depth;
                var descended = false;
                while (_cursors[depth].TryNext(out var edge))
                {
                    if ((++_steps & 0xFFF) == 0)
                    {
                        cancellationToken.ThrowIfCancellationRequested();
                    }

                    if (edge.To == to)
                    {
                        if (hopsLeft == 1)
                        {
                            path[depth] = edge;
                            chains.Add(new HandoffChain([.. path.Select(network.Hop)]));
                            if (chains.Count == maxPaths)
                            {
                                return;
                            }
                        }

                        continue;
                    }

                    if (_onPath[edge.To] || distanceToTarget[edge.To] > hopsLeft - 1)
                    {
                        continue;
                    }

                    path[depth] = edge;
                    depth++;
                    actors[depth] = edge.To;
                    _cursors[depth].Start(edge.To);
                    _onPath[edge.To] = true;
                    descended = true;
                    break;
                }

                if (!descended)
                {
                    _onPath[actors[depth]] = false;
                    depth--;
                }
            }
        }
    }
}
