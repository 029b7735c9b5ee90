using System.Text.RegularExpressions;

namespace TeamGraph.Core.Ingestion.Mermaid;

/// <summary>
/// What mermaid makes of the text of a label (shape, edge or subgraph title) before it keeps it: blanks around it
/// trimmed, its own entity syntax <c>#quot;</c> / <c>#9829;</c> turned into HTML entities (<c>&amp;quot;</c>,
/// <c>&amp;#9829;</c>, so they read like the HTML entities a label may hold anyway), and line breaks written
/// <c>&lt;br/&gt;</c> or <c>&lt;br /&gt;</c> kept as <c>&lt;br&gt;</c>, as its HTML sanitizer writes them back.
/// </summary>
internal static partial class MermaidLabelText
{
    public static string FromMermaid(string text)
    {
        var decoded = WithEntitiesDecoded(text.Trim());
        return decoded.Contains('<', StringComparison.Ordinal) ? LineBreak().Replace(decoded, "<br>") : decoded;
    }

    /// <summary>
    /// Only the entity step: a data block's <c>label</c> goes through mermaid's entity preprocessing like any text, but
    /// not through the trimming and sanitizing of a shape's label.
    /// </summary>
    public static string WithEntitiesDecoded(string text) => !text.Contains('#', StringComparison.Ordinal) ? text
        : MermaidEntity().Replace(text, entity =>
        {
            var name = entity.Groups["name"].Value;
            return name.All(char.IsAsciiDigit) ? $"&#{name};" : $"&{name};";
        });

    /// <summary>Mermaid's entity syntax as its preprocessor finds it: '#', word characters (JavaScript's \w), ';'.</summary>
    [GeneratedRegex(@"#(?<name>[A-Za-z0-9_]+);", RegexOptions.CultureInvariant)]
    internal static partial Regex MermaidEntity();

    [GeneratedRegex(@"<br\s*/?>", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex LineBreak();
}
