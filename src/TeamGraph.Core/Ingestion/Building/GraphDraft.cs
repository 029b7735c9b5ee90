using TeamGraph.Core.Graph;

namespace TeamGraph.Core.Ingestion.Building;

/// <summary>
/// The graph while it is being built. Adding a node or relationship whose id exists keeps the first one: documents are
/// visited in path order, so the first declaration (and its source) wins deterministically.
/// </summary>
public sealed class GraphDraft
{
    private readonly Dictionary<string, GraphNode> _nodes = new(StringComparer.Ordinal);
    private readonly Dictionary<string, GraphRelationship> _relationships = new(StringComparer.Ordinal);

    public bool HasNode(string id) => _nodes.ContainsKey(id);

    public string AddNode(string id, string label, PropertyBag properties)
    {
        _nodes.TryAdd(id, new GraphNode(id, label, properties.Build()));
        return id;
    }

    public void AddRelationship(string type, string startId, string endId, PropertyBag properties, string? discriminator = null)
    {
        var id = GraphIds.Relationship(type, startId, endId, discriminator);
        _relationships.TryAdd(id, new GraphRelationship(id, type, startId, endId, properties.Build()));
    }

    public PropertyGraph ToGraph() => new(_nodes.Values, _relationships.Values);
}
