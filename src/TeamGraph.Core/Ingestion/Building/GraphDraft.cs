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
    // In the order added; repeats of an id are dropped in ToGraph, so that no set grows (and leaves its outgrown arrays
    // to the collector) through the build.
    private readonly List<GraphRelationship> _relationships = [];

    // Every relationship names two node ids, built afresh each time ("role:" + code), and elements repeat property
    // values (a source line is the source of a handoff and of its three relationships): keep one string per text.
    private readonly HashSet<string> _texts = new(StringComparer.Ordinal);
    private readonly Func<string, string> _share;

    public GraphDraft() => _share = Shared;

    public bool HasNode(string id) => _nodes.ContainsKey(id);

    public string AddNode(string id, string label, PropertyBag properties)
    {
        ArgumentNullException.ThrowIfNull(properties);
        var built = properties.BuildForDraft(_share);
        if (Problem(GraphSchema.Node(label), label, built) is { } problem)
        {
            throw Wrong($"node '{id}'", problem);
        }

        id = Shared(id);
        _nodes.TryAdd(id, new GraphNode(id, label, built));
        return id;
    }

    public void AddRelationship(string type, string startId, string endId, PropertyBag properties, string? discriminator = null)
    {
        ArgumentNullException.ThrowIfNull(properties);
        var built = properties.BuildForDraft(_share);
        if (Problem(GraphSchema.Relationship(type), type, built) is { } problem)
        {
            throw Wrong($"relationship '{GraphIds.Relationship(type, startId, endId, discriminator)}'", problem);
        }

        // Keyed by the id's parts, compared as the spelled ids would be: a graph's ids are spelled only when asked for.
        _relationships.Add(GraphRelationship.Composed(type, Shared(startId), Shared(endId), discriminator is null ? null : Shared(discriminator), built));
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

    public PropertyGraph ToGraph()
    {
        // An id added twice is rare: the graph is made of every relationship, and made again of the first added of each
        // id only when two of them, next to each other in id order, share one.
        var graph = new PropertyGraph(_nodes.Values, _relationships);
        if (!RepeatsAnId(graph.Relationships))
        {
            return graph;
        }

        var ids = new HashSet<GraphRelationship>(_relationships.Count, GraphRelationship.IdEquality);
        return new(_nodes.Values, _relationships.Where(ids.Add));
    }

    private static bool RepeatsAnId(IReadOnlyList<GraphRelationship> sorted)
    {
        for (var i = 1; i < sorted.Count; i++)
        {
            if (GraphRelationship.CompareIds(sorted[i - 1], sorted[i]) == 0)
            {
                return true;
            }
        }

        return false;
    }

    private static string? Problem(ElementSchema? schema, string name, IReadOnlyDictionary<string, object> built) =>
        schema is null ? $"'{name}' is not in the vocabulary" : schema.Problem(built);

    private static InvalidOperationException Wrong(string owner, string problem) => new($"The graph builder made {owner} wrong: {problem}.");
}
