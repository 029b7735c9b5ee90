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

    /// <summary>Throws unless every element of <paramref name="graph"/> can be exported.</summary>
    /// <exception cref="ArgumentException">
    /// A label or type outside the fixed vocabulary, a property key that is not a plain identifier, an <c>id</c>
    /// property that differs from the element's id, or a value that is not a string, integer, finite number, boolean
    /// or list of strings.
    /// </exception>
    public static void Validate(PropertyGraph graph)
    {
        ArgumentNullException.ThrowIfNull(graph);
        foreach (var node in graph.Nodes)
        {
            RequireNodeLabel(node.Label);
            ValidateProperties(node.Id, node.Properties, $"node '{node.Id}'");
        }

        foreach (var relationship in graph.Relationships)
        {
            RequireRelationshipType(relationship.Type);
            ValidateProperties(relationship.Id, relationship.Properties, $"relationship '{relationship.Id}'");
        }
    }

    private static void RequireNodeLabel(string label)
    {
        if (!Labels.Contains(label))
        {
            throw new ArgumentException($"'{label}' is not a node label of the TeamGraph vocabulary.", nameof(label));
        }
    }

    private static void RequireRelationshipType(string type)
    {
        if (!Types.Contains(type))
        {
            throw new ArgumentException($"'{type}' is not a relationship type of the TeamGraph vocabulary.", nameof(type));
        }
    }

    /// <summary>A plain Cypher identifier: ASCII letter or underscore, then letters, digits, underscores.</summary>
    private static bool IsIdentifier(string name) =>
        name.Length > 0
        && (char.IsAsciiLetter(name[0]) || name[0] == '_')
        && name.All(c => char.IsAsciiLetterOrDigit(c) || c == '_');

    private static void ValidateProperties(string id, IReadOnlyDictionary<string, object> properties, string owner)
    {
        foreach (var (key, value) in properties)
        {
            if (!IsIdentifier(key))
            {
                throw new ArgumentException($"Property key '{key}' of {owner} is not an identifier.", nameof(properties));
            }

            if (key == IdKey && !Equals(value, id))
            {
                throw new ArgumentException($"Property 'id' of {owner} differs from its id.", nameof(properties));
            }

            if (!IsExportableValue(value))
            {
                throw new ArgumentException(
                    $"Property '{key}' of {owner} is a {value?.GetType().Name ?? "null"}; expected a string, integer, finite number, boolean or list of strings.",
                    nameof(properties));
            }
        }
    }

    private static bool IsExportableValue(object? value) => value switch
    {
        string or long or int or bool => true,
        double number => double.IsFinite(number),
        IReadOnlyList<string> items => items.All(item => item is not null),
        _ => false,
    };
}
