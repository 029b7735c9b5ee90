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

    // Every relationship names two node ids, built afresh each time ("role:" + code), and elements repeat property
    // values (a source line is the source of a handoff and of its three relationships): keep one string per text.
    private readonly HashSet<string> _texts = new(StringComparer.Ordinal);
    private readonly Func<string, string> _share;

    public GraphDraft() => _share = Shared;

    public bool HasNode(string id) => _nodes.ContainsKey(id);

    public string AddNode(string id, string label, PropertyBag properties)
    {
        ArgumentNullException.ThrowIfNull(properties);
        var built = Checked(GraphSchema.Node(label), label, properties.Build(_share), $"node '{id}'");
        id = Shared(id);
        _nodes.TryAdd(id, new GraphNode(id, label, built));
        return id;
    }

    public void AddRelationship(string type, string startId, string endId, PropertyBag properties, string? discriminator = null)
    {
        ArgumentNullException.ThrowIfNull(properties);
        var id = GraphIds.Relationship(type, startId, endId, discriminator);
        var built = Checked(GraphSchema.Relationship(type), type, properties.Build(_share), $"relationship '{id}'");
        if (!_relationships.ContainsKey(id))
        {
            _relationships.Add(id, GraphRelationship.Composed(type, Shared(startId), Shared(endId), discriminator is null ? null : Shared(discriminator), built));
        }
    }

    private string Shared(string text)
    {
        if (_texts.TryGetValue(text, out var known))
        {
            return known;
        }

        _texts.Add(text);
        return text;
    }

    public PropertyGraph ToGraph() => new(_nodes.Values, _relationships.Values);

    private static IReadOnlyDictionary<string, object> Checked(ElementSchema? schema, string name, IReadOnlyDictionary<string, object> built, string owner)
    {
        var problem = schema is null ? $"'{name}' is not in the vocabulary" : schema.Problem(built);
        return problem is null ? built : throw new InvalidOperationException($"The graph builder made {owner} wrong: {problem}.");
    }
}
