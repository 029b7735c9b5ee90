using System.Globalization;
using System.Text;
using TeamGraph.Core.Export;

namespace TeamGraph.Neo4j.Export;

/// <summary>
/// Cypher source text for the values of the Cypher script (the store sends values as parameters, and names through
/// <see cref="Neo4jVocabulary"/>). Every string becomes a single-quoted literal in which nothing can end
/// the literal or the line early: quotes and backslashes are escaped, and control characters, line and paragraph
/// separators, byte order marks and unpaired surrogates become <c>\uXXXX</c>. Other text (Cyrillic, emoji) stays as is.
/// </summary>
internal static class CypherLiteral
{
    public static string Quote(string value)
    {
        var builder = new StringBuilder(value.Length + 2).Append('\'');
        for (var i = 0; i < value.Length; i++)
        {
            var c = value[i];
            if (char.IsHighSurrogate(c) && i + 1 < value.Length && char.IsLowSurrogate(value[i + 1]))
            {
                builder.Append(c).Append(value[++i]);
                continue;
            }

            var escape = Escape(c);
            _ = escape is null ? builder.Append(c) : builder.Append(escape);
        }

        return builder.Append('\'').ToString();
    }

    public static string Value(object value) => value switch
    {
        string text => Quote(text),
        long or int => Convert.ToInt64(value, CultureInfo.InvariantCulture).ToString(CultureInfo.InvariantCulture),
        double number => FloatingPointLiteral.Format(number),
        bool flag => flag ? "true" : "false",
        IReadOnlyList<string> items => "[" + string.Join(", ", items.Select(Quote)) + "]",
        _ => throw new ArgumentException($"Cypher has no literal for {value.GetType().Name}.", nameof(value)),
    };

    /// <summary>A map literal with keys in ordinal order; keys must already be checked identifiers.</summary>
    public static string Map(IEnumerable<KeyValuePair<string, object>> entries) =>
        "{" + string.Join(", ", entries.OrderBy(e => e.Key, StringComparer.Ordinal).Select(e => $"{e.Key}: {Value(e.Value)}")) + "}";

    private static string? Escape(char c) => c switch
    {
        '\\' => @"\\",
        '\'' => @"\'",
        '\n' => @"\n",
        '\r' => @"\r",
        '\t' => @"\t",
        '\b' => @"\b",
        '\f' => @"\f",
        _ when NeedsUnicodeEscape(c) => @"\u" + ((int)c).ToString("X4", CultureInfo.InvariantCulture),
        _ => null,
    };

    private static bool NeedsUnicodeEscape(char c) =>
        char.IsControl(c)
        || char.IsSurrogate(c)
        || c == '\uFEFF'
        || CharUnicodeInfo.GetUnicodeCategory(c) is UnicodeCategory.LineSeparator or UnicodeCategory.ParagraphSeparator;
}
