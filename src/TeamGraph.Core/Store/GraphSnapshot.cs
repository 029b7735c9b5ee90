using System.Runtime.InteropServices;
using TeamGraph.Core.Graph;
using TeamGraph.Core.Queries;

namespace TeamGraph.Core.Store;

/// <summary>An immutable graph with the indexes the embedded store answers from; built once per ingest.</summary>
internal sealed class GraphSnapshot
{
    private readonly Dictionary<string, GraphRelationship[]> _outgoing;
    private readonly Dictionary<string, GraphRelationship[]> _incoming;
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
        _outgoing = Adjacency(graph.Relationships, static r => r.StartId);
        _incoming = Adjacency(graph.Relationships, static r => r.EndId);

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

    // Spans, so the store's walks over a hub's thousands of relationships allocate no enumerator per call.
    public ReadOnlySpan<GraphRelationship> Outgoing(string nodeId) => _outgoing.TryGetValue(nodeId, out var items) ? items : [];

    public ReadOnlySpan<GraphRelationship> Incoming(string nodeId) => _incoming.TryGetValue(nodeId, out var items) ? items : [];

    public GraphNode? FindRole(string codeNameOrAlias) => _roleNames.Find(codeNameOrAlias);

    /// <summary>
    /// Each node's relationships in the graph's order, in an array of their exact number: a growing list per node kept a
    /// tenth of a large served team's heap in spare capacity and list objects.
    /// </summary>
    private static Dictionary<string, GraphRelationship[]> Adjacency(IReadOnlyList<GraphRelationship> relationships, Func<GraphRelationship, string> nodeOf)
    {
        var filled = new Dictionary<string, (GraphRelationship[] Items, int Count)>(StringComparer.Ordinal);
        foreach (var relationship in relationships)
        {
            CollectionsMarshal.GetValueRefOrAddDefault(filled, nodeOf(relationship), out _).Count++;
        }

        foreach (var id in filled.Keys)
        {
            ref var slot = ref CollectionsMarshal.GetValueRefOrNullRef(filled, id);
            slot = (new GraphRelationship[slot.Count], 0);
        }

        foreach (var relationship in relationships)
        {
            ref var slot = ref CollectionsMarshal.GetValueRefOrNullRef(filled, nodeOf(relationship));
            slot.Items[slot.Count++] = relationship;
        }

        return filled.ToDictionary(p => p.Key, p => p.Value.Items, StringComparer.Ordinal);
    }
}
