using TeamGraph.Core.Graph;
using TeamGraph.Core.Queries;

namespace TeamGraph.Core.Store;

/// <summary>An immutable graph with the indexes the embedded store answers from; built once per ingest.</summary>
internal sealed class GraphSnapshot
{
    private static readonly IReadOnlyList<GraphRelationship> None = [];
    private readonly Dictionary<string, List<GraphRelationship>> _outgoing = new(StringComparer.Ordinal);
    private readonly Dictionary<string, List<GraphRelationship>> _incoming = new(StringComparer.Ordinal);
    private readonly RoleNameIndex _roleNames;
    private readonly Lazy<PropertyGraph> _diagramGraph;

    /// <summary>Indexes <paramref name="graph"/>, reported by <paramref name="report"/> now and, with its findings, by <paramref name="audited"/>.</summary>
    public GraphSnapshot(PropertyGraph graph, GraphReport report, Task<GraphReport> audited)
    {
        Graph = graph;
        Reported = report;
        Report = audited;
        Queries = new TeamGraphQueries(graph);
        _diagramGraph = new Lazy<PropertyGraph>(() => DiagramSubgraph.Of(graph));
        foreach (var relationship in graph.Relationships)
        {
            Bucket(_outgoing, relationship.StartId).Add(relationship);
            Bucket(_incoming, relationship.EndId).Add(relationship);
        }

        Roles = [.. graph.Nodes.Where(n => n.Label == NodeLabels.Role)];
        _roleNames = new RoleNameIndex(Roles);
    }

    public PropertyGraph Graph { get; }

    /// <summary>The report known when the graph was indexed: version and counts, its findings perhaps still to come.</summary>
    public GraphReport Reported { get; }

    /// <summary>The full report, findings included: a running task while the graph's audit runs.</summary>
    public Task<GraphReport> Report { get; }

    public IReadOnlyList<GraphNode> Roles { get; }

    /// <summary>What diagrams draw, cut out on first use.</summary>
    public PropertyGraph DiagramGraph => _diagramGraph.Value;

    /// <summary>Chains, reachability, escalations, approvals and search; their indexes live and die with the snapshot.</summary>
    public TeamGraphQueries Queries { get; }

    public IReadOnlyList<GraphRelationship> Outgoing(string nodeId) => _outgoing.TryGetValue(nodeId, out var list) ? list : None;

    public IReadOnlyList<GraphRelationship> Incoming(string nodeId) => _incoming.TryGetValue(nodeId, out var list) ? list : None;

    public GraphNode? FindRole(string codeNameOrAlias) => _roleNames.Find(codeNameOrAlias);

    private static List<GraphRelationship> Bucket(Dictionary<string, List<GraphRelationship>> index, string id)
    {
        if (!index.TryGetValue(id, out var list))
        {
            list = [];
            index[id] = list;
        }

        return list;
    }
}
