using System.Globalization;

namespace TeamGraph.Core.Ingestion.Mermaid;

/// <summary>
/// What <c>classDef</c>, <c>class</c>, <c>style</c>, <c>linkStyle</c>, <c>click</c> and the accessibility statements say,
/// read as mermaid's flowDb reads them: styles are the text between commas as written, a class name is kept whole, and a
/// statement about an element that does not exist changes nothing (except <c>style</c>, which makes the vertex).
/// </summary>
internal sealed partial class MermaidStatementParser
{
    private static readonly HashSet<string> LinkTargets = new(StringComparer.Ordinal) { "_self", "_blank", "_parent", "_top" };

    private void ParseStyleStatement(MermaidToken keyword, MermaidToken rest)
    {
        var (subject, remainder) = SplitWord(rest.Text);
        switch (keyword.Text)
        {
            case "classDef":
                chart.DefineClasses(subject.Split(','), StylesOf(remainder));
                break;
            case "class":
                chart.AddClass(subject.Split(','), remainder);
                break;
            case "style":
                // As in mermaid, 'style X ...' makes vertex X when nothing has named it yet.
                chart.AddStyledNode(rest with { Kind = MermaidTokenKind.Identifier, Text = subject });
                chart.AddStyles(subject, StylesOf(remainder));
                break;
            case "linkStyle":
                ParseLinkStyle(rest, subject, remainder);
                break;
            case "click":
                chart.SetClick(subject, ReadClick(remainder));
                break;
        }
    }

    /// <summary>
    /// <c>linkStyle 0,2 [interpolate curve] styles</c> or <c>linkStyle default ...</c>. Mermaid fails on an index past the
    /// edges drawn so far.
    /// </summary>
    private void ParseLinkStyle(MermaidToken rest, string list, string remainder)
    {
        string? interpolate = null;
        if (SplitWord(remainder) is ("interpolate", var afterKeyword))
        {
            (interpolate, remainder) = SplitWord(afterKeyword);
            if (interpolate.Length == 0)
            {
                throw Error(rest, "expected a curve after 'interpolate', such as 'linkStyle 0 interpolate basis'");
            }
        }

        var styles = remainder.Length == 0 ? null : StylesOf(remainder);
        if (list == "default")
        {
            chart.StyleDefaultLinks(styles, interpolate);
            return;
        }

        var indexes = new List<int>();
        foreach (var item in list.Split(','))
        {
            if (!int.TryParse(item, NumberStyles.None, CultureInfo.InvariantCulture, out var index))
            {
                throw Error(rest, $"linkStyle takes edge numbers separated by ',' (or 'default'), not '{item}'");
            }

            if (index >= chart.EdgeCount)
            {
                throw Error(rest, $"linkStyle {index} styles no edge: the flowchart has {chart.EdgeCount} edges so far (numbered from 0)");
            }

            indexes.Add(index);
        }

        chart.StyleLinks(indexes, styles, interpolate);
    }

    /// <summary>
    /// The part after the node id: <c>"url" ["tooltip"] [target]</c>, <c>href "url" ...</c>, <c>call name(args) ["tooltip"]</c>
    /// or <c>name ["tooltip"]</c>.
    /// </summary>
    private static MermaidClick ReadClick(string text)
    {
        var (first, rest) = SplitWord(text);
        if (first == "href")
        {
            (first, rest) = SplitWord(rest);
        }

        if (first.StartsWith('"'))
        {
            var (tooltip, target) = TooltipAndTarget(rest);
            return new MermaidClick(Unquote(first), target, tooltip, null);
        }

        if (first == "call")
        {
            // The arguments may hold blanks: "call show("B", 2)".
            var open = rest.IndexOf('(', StringComparison.Ordinal);
            var close = rest.IndexOf(')', StringComparison.Ordinal);
            (first, rest) = open > 0 && close > open && !rest[..open].Contains(' ', StringComparison.Ordinal)
                ? (rest[..(close + 1)], rest[(close + 1)..])
                : SplitWord(rest);
        }

        return new MermaidClick(null, null, TooltipAndTarget(rest).Tooltip, first.Length == 0 ? null : first);
    }

    private static (string? Tooltip, string? Target) TooltipAndTarget(string text)
    {
        var (first, rest) = SplitWord(text);
        if (first.StartsWith('"'))
        {
            var (target, _) = SplitWord(rest);
            return (Unquote(first), LinkTargets.Contains(target) ? target : null);
        }

        return (null, LinkTargets.Contains(first) ? first : null);
    }

    /// <summary>Records an accessibility statement; returns its keyword. An unclosed <c>accDescr {</c> runs to the end of the chart.</summary>
    private string ApplyAccessibility(MermaidToken statement)
    {
        var keyword = statement.Text[..8];
        var value = statement.Text[8..].TrimStart();
        value = value.StartsWith('{') ? value[1..].TrimEnd().TrimEnd('}') : value[1..];
        chart.SetAccessibility(keyword, string.Join('\n', value.Trim().Split('\n').Select(line => line.Trim())));

        // Mermaid's grammar also gives the statement the trimmed text as its value, which a subgraph lists as a member.
        chart.NameStatementText(value.Trim());
        return keyword;
    }

    /// <summary>Mermaid's style list: the text between commas, as written (<c>fill:#f9f, stroke:#333</c> → "fill:#f9f", " stroke:#333").</summary>
    private static string[] StylesOf(string text) => text.Length == 0 ? [] : text.Split(',');

    /// <summary>The first word (a quoted string counts as one) and the rest after the blanks that follow it.</summary>
    private static (string Word, string After) SplitWord(string text)
    {
        text = text.TrimStart(' ', '\t');
        var end = 0;
        if (text.StartsWith('"'))
        {
            var close = text.IndexOf('"', 1);
            end = close < 0 ? text.Length : close + 1;
        }
        else
        {
            while (end < text.Length && text[end] is not (' ' or '\t'))
            {
                end++;
            }
        }

        return (text[..end], text[end..].TrimStart(' ', '\t'));
    }

    private static string Unquote(string quoted) => quoted.Length >= 2 && quoted[^1] == '"' ? quoted[1..^1] : quoted.TrimStart('"');
}
