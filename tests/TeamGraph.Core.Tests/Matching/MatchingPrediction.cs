using TeamGraph.Core.Graph;
using TeamGraph.Core.Graph.Schema;

namespace TeamGraph.Core.Tests.Matching;

/// <summary>
/// What the matcher made of a team: for each declared row, the <c>Handoff</c> nodes that hold a declaration of it
/// (one, normally), and each <c>Handoff</c> node's status.
/// </summary>
internal sealed record MatchingPrediction(
    IReadOnlyDictionary<DeclarationKey, IReadOnlySet<string>> NodesOf,
    IReadOnlyDictionary<string, string> StatusOf,
    IReadOnlyDictionary<DeclarationKey, IReadOnlyList<int>> LinesOf)
{
    /// <summary>A hand-made prediction: row → node, node → status; no source lines.</summary>
    public static MatchingPrediction Of(IReadOnlyDictionary<DeclarationKey, string> nodeOf, IReadOnlyDictionary<string, string> statusOf) =>
        new(nodeOf.ToDictionary(p => p.Key, p => (IReadOnlySet<string>)new HashSet<string>(StringComparer.Ordinal) { p.Value }),
            statusOf,
            new Dictionary<DeclarationKey, IReadOnlyList<int>>());

    /// <summary>Reads every <c>Handoff</c> node and the <c>DECLARES</c> relationships that end at it.</summary>
    public static MatchingPrediction FromGraph(PropertyGraph graph)
    {
        var handoffs = graph.Nodes.Where(n => n.Label == NodeLabels.Handoff).ToDictionary(n => n.Id, n => n.Get(HandoffProperties.Status), StringComparer.Ordinal);
        var nodes = new Dictionary<DeclarationKey, HashSet<string>>();
        var lines = new Dictionary<DeclarationKey, SortedSet<int>>();
        foreach (var declares in graph.Relationships.Where(r => r.Type == RelationshipTypes.Declares && handoffs.ContainsKey(r.EndId)))
        {
            var row = DeclarationKey.Of(declares.Source.Path, declares.Get(DeclaresProperties.Side), declares.Get(DeclaresProperties.What));
            Add(nodes, row, declares.EndId);
            Add(lines, row, declares.Source.Line);
        }

        return new MatchingPrediction(
            nodes.ToDictionary(p => p.Key, p => (IReadOnlySet<string>)p.Value),
            handoffs,
            lines.ToDictionary(p => p.Key, p => (IReadOnlyList<int>)p.Value.ToList()));
    }

    private static void Add<TSet, T>(Dictionary<DeclarationKey, TSet> sets, DeclarationKey row, T value)
        where TSet : ISet<T>, new()
    {
        if (!sets.TryGetValue(row, out var set))
        {
            sets[row] = set = new TSet();
        }

        set.Add(value);
    }
}
