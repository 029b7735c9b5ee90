using TeamGraph.Core.Graph;

namespace TeamGraph.Neo4j;

/// <summary>
/// The only names that are ever written into Cypher text: labels of <see cref="NodeLabels"/> and types of
/// <see cref="RelationshipTypes"/>, checked here and backtick-quoted, by the store's statements and the Cypher script
/// alike. Everything else the store sends travels as a parameter; the script writes its values as literals
/// (<c>Export/CypherLiteral</c>).
/// </summary>
internal static class Neo4jVocabulary
{
    private static readonly HashSet<string> Labels = new(NodeLabels.All, StringComparer.Ordinal);
    private static readonly HashSet<string> Types = new(RelationshipTypes.All, StringComparer.Ordinal);

    /// <summary><c>`Role`</c>; throws when <paramref name="label"/> is not in the vocabulary.</summary>
    public static string Label(string label) => Labels.Contains(label)
        ? $"`{label}`"
        : throw new ArgumentException($"'{label}' is not a node label of the TeamGraph vocabulary.", nameof(label));

    /// <summary><c>`GIVES`</c>; throws when <paramref name="type"/> is not in the vocabulary.</summary>
    public static string Type(string type) => Types.Contains(type)
        ? $"`{type}`"
        : throw new ArgumentException($"'{type}' is not a relationship type of the TeamGraph vocabulary.", nameof(type));

    /// <summary><c>QualityStandard</c> becomes <c>quality_standard</c>, for index and constraint names.</summary>
    public static string SnakeCase(string name)
    {
        var result = new System.Text.StringBuilder();
        foreach (var c in name)
        {
            if (char.IsUpper(c) && result.Length > 0)
            {
                result.Append('_');
            }

            result.Append(char.ToLowerInvariant(c));
        }

        return result.ToString();
    }
}
