namespace TeamGraph.Core.Graph;

/// <summary>
/// An immutable property graph: nodes and relationships sorted by id (so output is deterministic), with lookups.
/// </summary>
public sealed class PropertyGraph
{
    private readonly Dictionary<string, GraphNode> _nodesById;

    /// <summary>Builds the graph; ids must be unique, and every relationship's ends must be nodes of the graph.</summary>
    public PropertyGraph(IEnumerable<GraphNode> nodes, IEnumerable<GraphRelationship> relationships)
    {
        GraphNode[] sortedNodes = [.. nodes];
        Array.Sort(sortedNodes, static (a, b) => string.CompareOrdinal(a.Id, b.Id));
        GraphRelationship[] sortedRelationships = [.. relationships];
        Array.Sort(sortedRelationships, GraphRelationship.CompareIds);
        Nodes = sortedNodes;
        Relationships = sortedRelationships;
        _nodesById = new Dictionary<string, GraphNode>(sortedNodes.Length, StringComparer.Ordinal);
        foreach (var node in sortedNodes)
        {
            if (!_nodesById.TryAdd(node.Id, node))
            {
                throw new ArgumentException($"Two nodes have the id {node.Id}.", nameof(nodes));
            }
        }

        foreach (var relationship in Relationships)
        {
            if (!_nodesById.ContainsKey(relationship.StartId) || !_nodesById.ContainsKey(relationship.EndId))
            {
                throw new ArgumentException($"Relationship {relationship.Id} points at a node that is not in the graph.", nameof(relationships));
            }
        }
    }

    /// <summary>An empty graph.</summary>
    public static PropertyGraph Empty { get; } = new([], []);

    /// <summary>Nodes sorted by id (ordinal).</summary>
    public IReadOnlyList<GraphNode> Nodes { get; }

    /// <summary>Relationships sorted by id (ordinal).</summary>
    public IReadOnlyList<GraphRelationship> Relationships { get; }

    /// <summary>The node with <paramref name="id"/>, or <see langword="null"/>.</summary>
    public GraphNode? FindNode(string id) => _nodesById.GetValueOrDefault(id);

    /// <summary>The nodes of <paramref name="labels"/> and the relationships of <paramref name="types"/> between two of them.</summary>
    public PropertyGraph Part(IReadOnlyCollection<string> labels, IReadOnlyCollection<string> types)
    {
        ArgumentNullException.ThrowIfNull(labels);
        ArgumentNullException.ThrowIfNull(types);
        var nodes = Nodes.Where(n => labels.Contains(n.Label)).ToList();
        var ids = nodes.Select(n => n.Id).ToHashSet(StringComparer.Ordinal);
        return new PropertyGraph(nodes, Relationships.Where(r => types.Contains(r.Type) && ids.Contains(r.StartId) && ids.Contains(r.EndId)));
    }
}
