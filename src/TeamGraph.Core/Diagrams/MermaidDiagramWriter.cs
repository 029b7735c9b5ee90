using System.Globalization;
using System.Text;

namespace TeamGraph.Core.Diagrams;

/// <summary>
/// Writes a mermaid <c>flowchart LR</c>: groups as subgraphs, each edge kind with its own arrow (handoff
/// <c>--&gt;</c>, collaboration <c>-.-&gt;</c>, escalation <c>==&gt;</c>, approval <c>--o</c>, communication
/// <c>---</c>) and colour, warnings red and dashed, undocumented roles and outside parties in their own classes.
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
        var text = new DiagramText().Line(0, "flowchart LR");
        text.Nodes(view, 1, group => [$"subgraph {group.Key}[\"{Escape(group.Label)}\"]"], "end", NodeLine);

        var linkStyles = new List<(int Index, string Style)>();
        foreach (var edge in view.Edges)
        {
            var label = edge.Labels.Count == 0 ? "" : $"|\"{string.Join("<br/>", edge.Labels.Select(Escape))}\"|";
            text.Line(1, $"{Key(view, edge.FromId)} {Arrow(edge.Kind)}{label} {Key(view, edge.ToId)}");
            var dashes = edge.Flagged ? ",stroke-dasharray:6 4" : "";
            var width = edge.Flagged || edge.Kind == EdgeKind.Escalation ? "2px" : "1.5px";
            linkStyles.Add((linkStyles.Count, $"stroke:{DiagramEdgeStyle.Colour(edge)},stroke-width:{width}{dashes}"));
        }

        foreach (var membership in view.Memberships)
        {
            text.Line(1, $"{Key(view, membership.RoleId)} -.- {Key(view, membership.GroupId)}");
            linkStyles.Add((linkStyles.Count, $"stroke:{DiagramEdgeStyle.Membership},stroke-width:1px"));
        }

        WriteClasses(text, view);
        foreach (var style in linkStyles.GroupBy(s => s.Style, StringComparer.Ordinal).OrderBy(g => g.First().Index))
        {
            text.Line(1, $"linkStyle {string.Join(",", style.Select(s => s.Index.ToString(CultureInfo.InvariantCulture)))} {style.Key}");
        }

        return text.ToString();
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

    private static string Arrow(EdgeKind kind) => kind switch
    {
        EdgeKind.Handoff => "-->",
        EdgeKind.Collaboration => "-.->",
        EdgeKind.Escalation => "==>",
        EdgeKind.Approval => "--o",
        _ => "---",
    };

    private static string Key(DiagramView view, string id) => view.Node(id).Key;
}
