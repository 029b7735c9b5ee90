using TeamGraph.Core.Graph;
using TeamGraph.Core.Ingestion.Resolution;
using TeamGraph.Core.Queries;

namespace TeamGraph.Core.Store;

/// <summary>An immutable graph with the indexes the embedded store answers from; built once per ingest.</summary>
internal sealed class GraphSnapshot
{
    private static readonly IReadOnlyList<GraphRelationship> None = [];
    private readonly Dictionary<string, List<GraphRelationship>> _outgoing = new(StringComparer.Ordinal);
    private readonly Dictionary<string, List<GraphRelationship>> _incoming = new(StringComparer.Ordinal);
    private readonly Dictionary<string, GraphNode> _rolesByName = new(StringComparer.Ordinal);

    public GraphSnapshot(PropertyGraph graph)
    {
        Graph = graph;
        Queries = new TeamGraphQueries(graph);
        foreach (var relationship in graph.Relationships)
        {
            Bucket(_outgoing, relationship.StartId).Add(relationship);
            Bucket(_incoming, relationship.EndId).Add(relationship);
        }

        Roles = [.. graph.Nodes.Where(n => n.Label == NodeLabels.Role)];
        foreach (var role in Roles)
        {
            IndexName(role, role.Properties.GetValueOrDefault("code") as string);
        }

        foreach (var role in Roles)
        {
            IndexName(role, role.Properties.GetValueOrDefault("name") as string);
            foreach (var alias in role.Properties.GetValueOrDefault("aliases") as string[] ?? [])
            {
                IndexName(role, alias);
            }
        }
    }

    public PropertyGraph Graph { get; }

    public IReadOnlyList<GraphNode> Roles { get; }

    /// <summary>Chains, reachability, escalations, approvals and search; their indexes live and die with the snapshot.</summary>
    public TeamGraphQueries Queries { get; }

    public IReadOnlyList<GraphRelationship> Outgoing(string nodeId) => _outgoing.TryGetValue(nodeId, out var list) ? list : None;

    public IReadOnlyList<GraphRelationship> Incoming(string nodeId) => _incoming.TryGetValue(nodeId, out var list) ? list : None;

    public GraphNode? FindRole(string codeNameOrAlias)
    {
        var key = NameNormalizer.Normalize(codeNameOrAlias);
        return _rolesByName.GetValueOrDefault(key) ?? _rolesByName.GetValueOrDefault("~" + NameNormalizer.Loosen(codeNameOrAlias));
    }

    /// <summary>Codes are indexed first, so a code always wins over another role's alias.</summary>
    private void IndexName(GraphNode role, string? name)
    {
        if (string.IsNullOrWhiteSpace(name))
        {
            return;
        }

        _rolesByName.TryAdd(NameNormalizer.Normalize(name), role);
        _rolesByName.TryAdd("~" + NameNormalizer.Loosen(name), role);
    }

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
