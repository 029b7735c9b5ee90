using TeamGraph.Core.Graph;

namespace TeamGraph.Core.Tests.Queries;

/// <summary>
/// The chain query's specification, executed naively on small graphs: expand groups, keep the most direct way of
/// each (giver, receiver, handoff), enumerate every simple path recursively, sort, take the first n.
/// </summary>
internal static class BruteForceChains
{
    public sealed record Step(string From, string To, string Handoff, string? FromGroup, string? ViaGroup)
    {
        public override string ToString() => $"{From}[{FromGroup}] -{Handoff}-> {To}[{ViaGroup}]";
    }

    public static List<List<Step>> Find(PropertyGraph graph, string from, string to, int maxHops, int maxPaths)
    {
        var steps = Steps(graph);
        var found = new List<List<Step>>();
        var path = new List<Step>();
        void Walk(string at, HashSet<string> visited)
        {
            if (at == to && path.Count > 0)
            {
                found.Add([.. path]);
                return;
            }

            if (path.Count == maxHops)
            {
                return;
            }

            foreach (var step in steps.Where(s => s.From == at && !visited.Contains(s.To)))
            {
                path.Add(step);
                visited.Add(step.To);
                Walk(step.To, visited);
                visited.Remove(step.To);
                path.RemoveAt(path.Count - 1);
            }
        }

        if (from != to)
        {
            Walk(from, [from]);
        }

        found.Sort(Compare);
        return [.. found.Take(maxPaths)];
    }

    /// <summary>
    /// The fewest hops from <paramref name="from"/> to every actor within <paramref name="maxHops"/>, following the
    /// steps forwards, or backwards when <paramref name="upstream"/>.
    /// </summary>
    public static Dictionary<string, int> ShortestHops(PropertyGraph graph, string from, int maxHops, bool upstream = false)
    {
        var steps = Steps(graph).Select(s => upstream ? (From: s.To, To: s.From) : (s.From, s.To)).ToList();
        var hops = new Dictionary<string, int>(StringComparer.Ordinal) { [from] = 0 };
        for (var depth = 1; depth <= maxHops; depth++)
        {
            foreach (var step in steps.Where(s => hops.TryGetValue(s.From, out var h) && h == depth - 1 && !hops.ContainsKey(s.To)).ToList())
            {
                hops.TryAdd(step.To, depth);
            }
        }

        hops.Remove(from);
        return hops;
    }

    public static List<Step> Steps(PropertyGraph graph)
    {
        var members = graph.Relationships.Where(r => r.Type == RelationshipTypes.MemberOf).ToLookup(r => r.EndId, r => r.StartId);
        IEnumerable<(string Actor, string? Group)> Expand(string actor) =>
            members[actor].Any() ? members[actor].Select(m => (m, (string?)actor)) : [(actor, null)];
        var steps = new List<Step>();
        foreach (var gives in graph.Relationships.Where(r => r.Type == RelationshipTypes.Gives))
        {
            var receivers = graph.Relationships.Where(r => r.Type == RelationshipTypes.To && r.StartId == gives.EndId).SelectMany(r => Expand(r.EndId));
            var candidates = from giver in Expand(gives.StartId)
                             from receiver in receivers
                             where giver.Actor != receiver.Actor
                             select new Step(giver.Actor, receiver.Actor, gives.EndId, giver.Group, receiver.Group);
            steps.AddRange(candidates.GroupBy(s => (s.From, s.To)).Select(g => g
                .OrderBy(s => (s.FromGroup is null ? 0 : 1) + (s.ViaGroup is null ? 0 : 1))
                .ThenBy(s => s.FromGroup is not null).ThenBy(s => s.FromGroup, StringComparer.Ordinal)
                .ThenBy(s => s.ViaGroup is not null).ThenBy(s => s.ViaGroup, StringComparer.Ordinal).First()));
        }

        return steps;
    }

    private static int Compare(List<Step> a, List<Step> b)
    {
        if (a.Count != b.Count)
        {
            return a.Count.CompareTo(b.Count);
        }

        for (var i = 0; i < a.Count; i++)
        {
            var byHandoff = string.CompareOrdinal(a[i].Handoff, b[i].Handoff);
            if (byHandoff != 0)
            {
                return byHandoff;
            }

            var byReceiver = string.CompareOrdinal(a[i].To, b[i].To);
            if (byReceiver != 0)
            {
                return byReceiver;
            }
        }

        return 0;
    }
}
