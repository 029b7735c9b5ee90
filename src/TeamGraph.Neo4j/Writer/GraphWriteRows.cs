using TeamGraph.Core.Graph;
using TeamGraph.Core.Graph.Schema;

namespace TeamGraph.Neo4j.Writer;

/// <summary>
/// Turns graph elements into the <c>$rows</c> parameter maps of the write statements, after checking every element
/// fits its label's or type's schema (<see cref="GraphSchema"/>) and every value is one Neo4j stores (string, integer,
/// finite float, boolean, list of strings), so the reader can rebuild the same typed graph.
/// </summary>
internal static class GraphWriteRows
{
    /// <summary>
    /// The property that records which ingest wrote an element, so a later ingest of the same scope can find and remove
    /// what it no longer produces. Readers should leave it out of what they show.
    /// </summary>
    public const string ScopeKey = "ingestScope";

    /// <summary>The property holding where an element is written (<c>path:line</c>), by which a failed document's facts are kept.</summary>
    public static readonly string SourceKey = PropertyKeys.Source.Name;

    /// <summary>The keys of a row map (and of the property map the id is stored under).</summary>
    public const string IdKey = "id";
    public const string PropsKey = "props";
    public const string StartKey = "start";
    public const string EndKey = "end";

    public static Dictionary<string, object?> Node(GraphNode node, string scope) => new(StringComparer.Ordinal)
    {
        [IdKey] = node.Id,
        [PropsKey] = Properties(node.Id, node.Properties, scope, $"node '{node.Id}'"),
    };

    public static Dictionary<string, object?> Relationship(GraphRelationship relationship, string startElementId, string endElementId, string scope) =>
        new(StringComparer.Ordinal)
        {
            [IdKey] = relationship.Id,
            [StartKey] = startElementId,
            [EndKey] = endElementId,
            [PropsKey] = Properties(relationship.Id, relationship.Properties, scope, $"relationship '{relationship.Id}'"),
        };

    /// <summary>Checks what <see cref="Node"/> and <see cref="Relationship"/> would refuse, before a transaction is opened.</summary>
    public static void Validate(PropertyGraph graph)
    {
        foreach (var node in graph.Nodes)
        {
            Neo4jVocabulary.Label(node.Label);
            Properties(node.Id, node.Properties, "-", $"node '{node.Id}'");
            FitsSchema(GraphSchema.Node(node.Label), node.Properties, $"node '{node.Id}'");
        }

        foreach (var relationship in graph.Relationships)
        {
            Neo4jVocabulary.Type(relationship.Type);
            Properties(relationship.Id, relationship.Properties, "-", $"relationship '{relationship.Id}'");
            FitsSchema(GraphSchema.Relationship(relationship.Type), relationship.Properties, $"relationship '{relationship.Id}'");
        }
    }

    private static void FitsSchema(ElementSchema? schema, IReadOnlyDictionary<string, object> properties, string owner)
    {
        if (schema?.Problem(properties) is { } problem)
        {
            throw new ArgumentException($"The {owner} does not fit TeamGraph's schema: {problem}.", nameof(properties));
        }
    }

    private static Dictionary<string, object?> Properties(string id, IReadOnlyDictionary<string, object> properties, string scope, string owner)
    {
        var props = new Dictionary<string, object?>(StringComparer.Ordinal);
        foreach (var (key, value) in properties)
        {
            if (key == ScopeKey || (key == IdKey && !Equals(value, id)))
            {
                throw new ArgumentException($"Property '{key}' of {owner} is reserved for the store.", nameof(properties));
            }

            props[key] = value switch
            {
                string or long or int or bool => value,
                double number when double.IsFinite(number) => number,
                IEnumerable<string> items when items.All(item => item is not null) => items.ToArray(),
                _ => throw new ArgumentException(
                    $"Property '{key}' of {owner} is a {value?.GetType().Name ?? "null"}; Neo4j stores strings, integers, finite numbers, booleans and lists of strings.",
                    nameof(properties)),
            };
        }

        props[IdKey] = id;
        props[ScopeKey] = scope;
        return props;
    }
}
