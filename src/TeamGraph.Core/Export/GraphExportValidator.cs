using TeamGraph.Core.Graph;

namespace TeamGraph.Core.Export;

/// <summary>
/// Checks a whole graph before an exporter writes a byte, so a bad graph fails with no half-written output and every
/// exporter (the JSON lines here, the Cypher script in TeamGraph.Neo4j) accepts exactly the same graphs.
/// </summary>
public static class GraphExportValidator
{
    /// <summary>The property every exported node and relationship is keyed by; it always equals the element's id.</summary>
    public const string IdKey = "id";

    private static readonly HashSet<string> Labels = [.. NodeLabels.All];
    private static readonly HashSet<string> Types = [.. RelationshipTypes.All];

    // Elements are checked in blocks of this many, as many at once as there are processors; the first wrong element in
    // the graph's order is the one reported, whichever block finds its problem first.
    private const int BlockElements = 4096;

    /// <summary>Throws unless every element of <paramref name="graph"/> can be exported.</summary>
    /// <exception cref="ArgumentException">
    /// A label or type outside the fixed vocabulary, a property key that is not a plain identifier, an <c>id</c>
    /// property that differs from the element's id, or a value that is not a string, integer, finite number, boolean
    /// or list of strings.
    /// </exception>
    public static void Validate(PropertyGraph graph)
    {
        ArgumentNullException.ThrowIfNull(graph);
        var nodes = graph.Nodes.Count;
        if (ParallelBlocks.First(nodes + graph.Relationships.Count, BlockElements, i => i < nodes ? Problem(graph.Nodes[i]) : Problem(graph.Relationships[i - nodes])) is { } first)
        {
            throw first;
        }
    }

    private static ArgumentException? Problem(GraphNode node) =>
        !Labels.Contains(node.Label)
            ? new ArgumentException($"'{node.Label}' is not a node label of the TeamGraph vocabulary.", nameof(node))
            : Problem(node.Properties, node, static n => n.Id, "node");

    private static ArgumentException? Problem(GraphRelationship relationship) =>
        !Types.Contains(relationship.Type)
            ? new ArgumentException($"'{relationship.Type}' is not a relationship type of the TeamGraph vocabulary.", nameof(relationship))
            : Problem(relationship.Properties, relationship, static r => r.Id, "relationship");

    /// <summary>A plain Cypher identifier: ASCII letter or underscore, then letters, digits, underscores.</summary>
    private static bool IsIdentifier(string name)
    {
        if (name.Length == 0 || !(char.IsAsciiLetter(name[0]) || name[0] == '_'))
        {
            return false;
        }

        foreach (var c in name)
        {
            if (!char.IsAsciiLetterOrDigit(c) && c != '_')
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>
    /// Why a property of the element cannot be exported, if one cannot. Its id is spelled only to name it in the message
    /// or to compare it with an <c>id</c> property: spelling every id of a large graph cost more than the check.
    /// </summary>
    private static ArgumentException? Problem<TElement>(IReadOnlyDictionary<string, object> properties, TElement element, Func<TElement, string> idOf, string kind)
    {
        if (FirstWrong(properties) is var (key, value))
        {
            return new ArgumentException(!IsIdentifier(key)
                ? $"Property key '{key}' of {kind} '{idOf(element)}' is not an identifier."
                : $"Property '{key}' of {kind} '{idOf(element)}' is a {value?.GetType().Name ?? "null"}; expected a string, integer, finite number, boolean or list of strings.",
                nameof(properties));
        }

        return properties.TryGetValue(IdKey, out var stated) && !Equals(stated, idOf(element))
            ? new ArgumentException($"Property 'id' of {kind} '{idOf(element)}' differs from its id.", nameof(properties))
            : null;
    }

    private static KeyValuePair<string, object>? FirstWrong(IReadOnlyDictionary<string, object> properties)
    {
        foreach (var property in PropertyDictionary.Sorted(properties))
        {
            if (IsWrong(property))
            {
                return property;
            }
        }

        return null;
    }

    private static bool IsWrong(KeyValuePair<string, object> property) => !IsIdentifier(property.Key) || !IsExportableValue(property.Value);

    private static bool IsExportableValue(object? value) => value switch
    {
        string or long or int or bool => true,
        double number => double.IsFinite(number),
        IReadOnlyList<string> items => items.All(item => item is not null),
        _ => false,
    };
}
