using TeamGraph.Core.Graph;
using TeamGraph.Core.Graph.Schema;

namespace TeamGraph.Core.Ingestion.Building;

/// <summary>
/// The graph while it is being built. Adding a node or relationship whose id exists keeps the first one: documents are
/// visited in path order, so the first declaration (and its source) wins deterministically. Every element is checked
/// against its schema (<see cref="GraphSchema"/>) as it is added: a missing required property is a bug of the builder,
/// never of the documents, so it throws.
/// </summary>
public sealed class GraphDraft
{
    private readonly Dictionary<string, GraphNode> _nodes = new(StringComparer.Ordinal);
    private readonly Dictionary<string, GraphRelationship> _relationships = new(StringComparer.Ordinal);

    // Every relationship names two node ids, built afresh each time ("role:" + code): keep one string per id.
    private readonly HashSet<string> _ids = new(StringComparer.Ordinal);

    public bool HasNode(string id) => _nodes.ContainsKey(id);

    public string AddNode(string id, string label, PropertyBag properties)
    {
        ArgumentNullException.ThrowIfNull(properties);
        var built = Checked(GraphSchema.Node(label), label, properties, $"node '{id}'");
        id = Shared(id);
        _nodes.TryAdd(id, new GraphNode(id, label, built));
        return id;
    }

    public void AddRelationship(string type, string startId, string endId, PropertyBag properties, string? discriminator = null)
    {
        ArgumentNullException.ThrowIfNull(properties);
        var id = GraphIds.Relationship(type, startId, endId, discriminator);
        var built = Checked(GraphSchema.Relationship(type), type, properties, $"relationship '{id}'");
        _relationships.TryAdd(id, new GraphRelationship(id, type, Shared(startId), Shared(endId), built));
    }

    private string Shared(string id)
    {
        if (_ids.TryGetValue(id, out var known))
        {
            return known;
        }

        _ids.Add(id);
        return id;
    }

    public PropertyGraph ToGraph() => new(_nodes.Values, _relationships.Values);

    private static IReadOnlyDictionary<string, object> Checked(ElementSchema? schema, string name, PropertyBag properties, string owner)
    {
        var built = properties.Build();
        var problem = schema is null ? $"'{name}' is not in the vocabulary" : schema.Problem(built);
        return problem is null ? built : throw new InvalidOperationException($"The graph builder made {owner} wrong: {problem}.");
    }
}
