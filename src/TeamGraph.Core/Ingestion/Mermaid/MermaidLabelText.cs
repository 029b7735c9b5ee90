using TeamGraph.Core.Ingestion.Mermaid.Html;

namespace TeamGraph.Core.Ingestion.Mermaid;

/// <summary>
/// What mermaid makes of the text of a label (shape, edge or subgraph title) before it keeps it: blanks around it
/// trimmed, its own entity syntax <c>#quot;</c> / <c>#9829;</c> turned into HTML entities (<c>&amp;quot;</c>,
/// <c>&amp;#9829;</c>, so they read like the HTML entities a label may hold anyway), and any HTML in it sanitized as
/// mermaid's DOMPurify step leaves it (<see cref="HtmlLabelSanitizer"/>: <c>&lt;br/&gt;</c> kept as <c>&lt;br&gt;</c>,
/// unknown tags dropped, open ones closed).
/// </summary>
internal static class MermaidLabelText
{
    public static string FromMermaid(string text) => HtmlLabelSanitizer.Sanitize(WithEntitiesDecoded(text.Trim()));

    /// <summary>
    /// Only the entity step: a data block's <c>label</c> goes through mermaid's entity preprocessing like any text, but
    /// not through the trimming and sanitizing of a shape's label. Mermaid's entity syntax as its preprocessor finds it:
    /// '#', word characters (JavaScript's \w), ';', leftmost first and never overlapping (the regex
    /// <c>#([A-Za-z0-9_]+);</c>, written out as one scan since nearly every label has none).
    /// </summary>
    public static string WithEntitiesDecoded(string text)
    {
        var hash = text.IndexOf('#', StringComparison.Ordinal);
        if (hash < 0)
        {
            return text;
        }

        System.Text.StringBuilder? decoded = null;
        var copied = 0;
        while (hash >= 0)
        {
            var nameEnd = hash + 1;
            while (nameEnd < text.Length && (char.IsAsciiLetterOrDigit(text[nameEnd]) || text[nameEnd] == '_'))
            {
                nameEnd++;
            }

            if (nameEnd == hash + 1 || nameEnd >= text.Length || text[nameEnd] != ';')
            {
                hash = text.IndexOf('#', hash + 1);
                continue;
            }

            decoded ??= new System.Text.StringBuilder(text.Length + 8);
            var name = text.AsSpan(hash + 1, nameEnd - hash - 1);
            decoded.Append(text, copied, hash - copied).Append(name.ContainsAnyExceptInRange('0', '9') ? "&" : "&#").Append(name).Append(';');
            copied = nameEnd + 1;
            hash = text.IndexOf('#', copied);
        }

        return decoded is null ? text : decoded.Append(text, copied, text.Length - copied).ToString();
    }
}
