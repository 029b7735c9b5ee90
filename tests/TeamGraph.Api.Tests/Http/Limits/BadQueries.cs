using System.Globalization;
using System.Text;

namespace TeamGraph.Api.Tests.Http.Limits;

/// <summary>The documents that took the API down before the validation caps, as issue #10 measured them.</summary>
internal static class BadQueries
{
    /// <summary>
    /// A document whose fragments each spread the next twice: about 1 kB at depth 24, 2^depth fields once expanded
    /// (24 s at depth 24, never done at 40 with GraphQL.NET's complexity analyzer).
    /// </summary>
    public static string FragmentDoubling(int depth, string leaf = "__typename")
    {
        var text = new StringBuilder("query { ...F0 }");
        for (var i = 0; i < depth; i++)
        {
            text.Append(CultureInfo.InvariantCulture, $" fragment F{i} on Query {{ ...F{i + 1} ...F{i + 1} }}");
        }

        return text.Append(CultureInfo.InvariantCulture, $" fragment F{depth} on Query {{ {leaf} }}").ToString();
    }

    /// <summary>About <paramref name="bytes"/> of one field repeated with conflicting arguments (30 kB took 151 s and 1.1 GB).</summary>
    public static string ConflictingFields(int bytes)
    {
        var text = new StringBuilder("{ ");
        for (var i = 0; text.Length < bytes; i++)
        {
            text.Append(CultureInfo.InvariantCulture, $"role(id: \"{i}\") {{ code }} ");
        }

        return text.Append('}').ToString();
    }

    /// <summary>One field <paramref name="count"/> times (6 000 took 8.75 s).</summary>
    public static string IdenticalFields(int count) => "{ " + string.Concat(Enumerable.Repeat("__typename ", count)) + "}";

    /// <summary>A selection nested <paramref name="depth"/> deep, past the parser's own limit at 200.</summary>
    public static string Nested(int depth) =>
        "{ " + string.Concat(Enumerable.Repeat("role(id: \"QA\") { ", depth)) + "code" + string.Concat(Enumerable.Repeat(" }", depth)) + " }";
}
