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
        var trimmed = text.Trim();
        if (trimmed.Contains('#', StringComparison.Ordinal))
        {
            trimmed = MermaidEntity().Replace(trimmed, entity =>
            {
                var name = entity.Groups["name"].Value;
                return name.All(char.IsAsciiDigit) ? $"&#{name};" : $"&{name};";
            });
        }

        return trimmed.Contains('<', StringComparison.Ordinal) ? LineBreak().Replace(trimmed, "<br>") : trimmed;
    }

    /// <summary>Mermaid's entity syntax as its preprocessor finds it: '#', word characters (JavaScript's \w), ';'.</summary>
    [GeneratedRegex(@"#(?<name>[A-Za-z0-9_]+);", RegexOptions.CultureInvariant)]
    internal static partial Regex MermaidEntity();

    [GeneratedRegex(@"<br\s*/?>", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex LineBreak();
}
