using System.Globalization;
using System.Text;

namespace TeamGraph.Core.Diagrams;

/// <summary>
/// Writes a mermaid <c>flowchart LR</c>: groups as subgraphs, each edge kind with its own arrow (handoff
/// <c>--&gt;</c>, collaboration <c>-.-&gt;</c>, escalation <c>==&gt;</c>, approval <c>--o</c>, communication
/// <c>---</c>) and colour, warnings red and dashed, undocumented roles and outside parties in their own classes; the title as front matter and,
/// when the view has one, a legend subgraph of sample edges. A group drawn as a subgraph has no node of its own: its
/// edges end at the subgraph.
/// Every label is a quoted string whose special characters are mermaid entity codes (<c>#quot;</c>, <c>#35;</c>).
/// </summary>
public sealed class MermaidDiagramWriter : IDiagramWriter
{
    /// <inheritdoc/>
    public DiagramFormat Format => DiagramFormat.Mermaid;

    /// <inheritdoc/>
    public string Write(DiagramView view)
    {
        ArgumentNullException.ThrowIfNull(view);
        var text = new DiagramText();
        if (view.Title.Length > 0)
        {
            text.Line(0, "---").Line(0, $"title: {YamlQuote(view.Title)}").Line(0, "---");
        }

        text.Line(0, "flowchart LR");
        text.Nodes(view, 1, group => [$"subgraph {group.Key}[\"{Escape(group.Label)}\"]"], "end", NodeLine);

        var linkStyles = new List<(int Index, string Style)>();
        foreach (var edge in view.Edges)
        {
            var label = edge.Labels.Count == 0 ? "" : $"|\"{string.Join("<br/>", edge.Labels.Select(Escape))}\"|";
            text.Line(1, $"{Key(view, edge.FromId)} {Arrow(edge.Style)}{label} {Key(view, edge.ToId)}");
            linkStyles.Add((linkStyles.Count, LinkStyle(edge.Style)));
        }

        foreach (var membership in view.Memberships)
        {
            text.Line(1, $"{Key(view, membership.RoleId)} {Arrow(DiagramLineStyle.Membership)} {Key(view, membership.GroupId)}");
            linkStyles.Add((linkStyles.Count, LinkStyle(DiagramLineStyle.Membership)));
        }

        WriteLegend(text, view, linkStyles);
        WriteClasses(text, view);
        foreach (var style in linkStyles.GroupBy(s => s.Style, StringComparer.Ordinal).OrderBy(g => g.First().Index))
        {
            text.Line(1, $"linkStyle {string.Join(",", style.Select(s => s.Index.ToString(CultureInfo.InvariantCulture)))} {style.Key}");
        }

        return text.ToString();
    }

    /// <summary>A YAML double-quoted scalar (for the front matter's title): backslash and quote escaped, controls as spaces.</summary>
    public static string YamlQuote(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var quoted = new StringBuilder(text.Length + 2).Append('"');
        foreach (var c in text)
        {
            _ = c switch
            {
                '\\' => quoted.Append(@"\\"),
                '"' => quoted.Append("\\\""),
                _ when char.IsControl(c) => quoted.Append(' '),
                _ => quoted.Append(c),
            };
        }

        return quoted.Append('"').ToString();
    }

    /// <summary>
    /// The legend: a subgraph of sample edges, one per style, each between two blank, borderless nodes and labelled
    /// with its meaning. Its ids start with <c>legend</c>, a prefix no actor key has.
    /// </summary>
    private static void WriteLegend(DiagramText text, DiagramView view, List<(int Index, string Style)> linkStyles)
    {
        if (view.Legend.Count == 0)
        {
            return;
        }

        text.Line(1, $"subgraph legend[\"{DiagramLegend.Title}\"]").Line(2, "direction LR");
        foreach (var (style, i) in view.Legend.Select((s, i) => (s, i + 1)))
        {
            text.Line(2, $"legend_{i}_a[\" \"] {Arrow(style)}|\"{Escape(DiagramLegend.Text(style))}\"| legend_{i}_b[\" \"]");
            linkStyles.Add((linkStyles.Count, LinkStyle(style)));
        }

        text.Line(1, "end");
        text.Line(1, "classDef legendPoint fill:none,stroke:none");
        text.Line(1, $"class {string.Join(",", view.Legend.SelectMany((_, i) => new[] { $"legend_{i + 1}_a", $"legend_{i + 1}_b" }))} legendPoint");
    }

    /// <summary>
    /// The text of a quoted mermaid label: entity codes for what would end the string or be read as markup, HTML or a
    /// directive (<c>"</c>, <c>#</c>, <c>&amp;</c>, <c>&lt;</c>, <c>&gt;</c>, <c>|</c>, backquote, <c>%</c>, braces), and
    /// <c>&lt;br/&gt;</c> for a line break.
    /// </summary>
    public static string Escape(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var escaped = new StringBuilder(text.Length + 8);
        foreach (var c in text.ReplaceLineEndings("\n"))
        {
            _ = c switch
            {
                '"' => escaped.Append("#quot;"),
                '\n' => escaped.Append("<br/>"),
                '#' or '&' or '<' or '>' or '|' or '`' or '%' or '{' or '}' or '[' or ']' => escaped.Append('#').Append((int)c).Append(';'),
                _ when char.IsControl(c) => escaped.Append(' '),
                _ => escaped.Append(c),
            };
        }

        return escaped.ToString();
    }

    private static string NodeLine(DiagramNode node)
    {
        var label = Escape(node.Label);
        return node.Kind switch
        {
            DiagramNodeKind.ExternalActor => $"{node.Key}([\"{label}\"])",
            DiagramNodeKind.Group => $"{node.Key}{{{{\"{label}\"}}}}",
            _ => $"{node.Key}[\"{label}\"]",
        };
    }

    private static void WriteClasses(DiagramText text, DiagramView view)
    {
        (DiagramNodeKind Kind, string Name, string Style)[] classes =
        [
            (DiagramNodeKind.UndocumentedRole, "undocumented", "fill:#FFF4E5,stroke:#E65100,stroke-dasharray:4 3"),
            (DiagramNodeKind.ExternalActor, "external", "fill:#ECEFF1,stroke:#607D8B"),
            (DiagramNodeKind.Group, "group", "fill:#F3E5F5,stroke:#8E24AA"),
        ];
        foreach (var (kind, name, style) in classes)
        {
            var keys = view.Nodes.Where(n => n.Kind == kind && !view.IsCluster(n.Id)).Select(n => n.Key).ToList();
            if (keys.Count > 0)
            {
                text.Line(1, $"classDef {name} {style}");
                text.Line(1, $"class {string.Join(",", keys)} {name}");
            }
        }
    }

    private static string Arrow(DiagramLineStyle style) => style switch
    {
        DiagramLineStyle.Handoff or DiagramLineStyle.FlaggedHandoff => "-->",
        DiagramLineStyle.Collaboration => "-.->",
        DiagramLineStyle.Escalation => "==>",
        DiagramLineStyle.Approval => "--o",
        DiagramLineStyle.Communication => "---",
        _ => "-.-",
    };

    private static string LinkStyle(DiagramLineStyle style) => style switch
    {
        DiagramLineStyle.FlaggedHandoff => $"stroke:{DiagramEdgeStyle.Warning},stroke-width:2px,stroke-dasharray:6 4",
        DiagramLineStyle.Membership => $"stroke:{DiagramEdgeStyle.Membership},stroke-width:1px",
        DiagramLineStyle.Escalation => $"stroke:{DiagramEdgeStyle.Colour(style)},stroke-width:2px",
        _ => $"stroke:{DiagramEdgeStyle.Colour(style)},stroke-width:1.5px",
    };

    private static string Key(DiagramView view, string id) => view.Node(id).Key;
}
