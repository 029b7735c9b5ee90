using System.Text;

namespace TeamGraph.Core.Diagrams;

/// <summary>
/// Writes a PlantUML component-style diagram laid out left to right, with a title: groups as packages holding their
/// members (a group's own edges end at its package), roles as rectangles (undocumented ones with
/// their own stereotype and colours), outside parties as agents, each edge kind with its own colour and line, warnings
/// red and dashed. Names are quoted; characters PlantUML reads as markup, Creole or preprocessor syntax are written as
/// <c>&amp;#NN;</c> or <c>&lt;U+XXXX&gt;</c> (the backslash and dollar, which break <c>&amp;#NN;</c> when rendering).
/// The legend (<c>legend right</c>) shows each style drawn as coloured characters beside its meaning.
/// </summary>
public sealed class PlantUmlDiagramWriter : IDiagramWriter
{
    private const string AlwaysEncoded = "\"<>&~#|[]{}'`@!%^+;:";
    private const string EncodedWhenRepeated = "*/_-=.";

    /// <inheritdoc/>
    public DiagramFormat Format => DiagramFormat.PlantUml;

    /// <inheritdoc/>
    public string Write(DiagramView view)
    {
        ArgumentNullException.ThrowIfNull(view);
        var text = new DiagramText()
            .Line(0, "@startuml")
            .Line(0, "left to right direction")
            .Line(0, "skinparam shadowing false")
            .Line(0, "skinparam defaultTextAlignment center")
            .Line(0, "skinparam rectangle {")
            .Line(1, "BackgroundColor #FFFFFF")
            .Line(1, "BorderColor #37474F")
            .Line(1, "BackgroundColor<<undocumented>> #FFF4E5")
            .Line(1, "BorderColor<<undocumented>> #E65100")
            .Line(0, "}")
            .Line(0, "skinparam agent {")
            .Line(1, "BackgroundColor #ECEFF1")
            .Line(1, "BorderColor #607D8B")
            .Line(0, "}")
            .Line(0, "skinparam collections {")
            .Line(1, "BackgroundColor #F3E5F5")
            .Line(1, "BorderColor #8E24AA")
            .Line(0, "}");
        if (view.Title.Length > 0)
        {
            text.Line(0, $"title {Escape(view.Title)}");
        }

        text.Nodes(view, 0, group => [$"package \"{Escape(group.Label)}\" as {group.Key} {{"], "}", NodeLine);

        foreach (var edge in view.Edges)
        {
            var label = edge.Labels.Count == 0 ? "" : " : " + string.Join(@"\n", edge.Labels.Select(Escape));
            text.Line(0, $"{view.Node(edge.FromId).Key} {Arrow(edge.Style)} {view.Node(edge.ToId).Key}{label}");
        }

        foreach (var membership in view.Memberships)
        {
            text.Line(0, $"{view.Node(membership.RoleId).Key} {Arrow(DiagramLineStyle.Membership)} {view.Node(membership.GroupId).Key} : member of");
        }

        if (view.Legend.Count > 0)
        {
            text.Line(0, "legend right").Line(0, $"<b>{DiagramLegend.Title}</b>");
            foreach (var style in view.Legend)
            {
                text.Line(0, $"<color:{DiagramEdgeStyle.Colour(style)}>{Sample(style)}</color> {Escape(DiagramLegend.Text(style))}");
            }

            text.Line(0, "endlegend");
        }

        return text.Line(0, "@enduml").ToString();
    }

    /// <summary>
    /// Text safe inside a quoted PlantUML name and after the <c>:</c> of a link: markup characters as numeric
    /// references, backslash and dollar as <c>&lt;U+XXXX&gt;</c>, line breaks as <c>\n</c>.
    /// </summary>
    public static string Escape(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var source = text.ReplaceLineEndings("\n");
        var escaped = new StringBuilder(source.Length + 8);
        for (var i = 0; i < source.Length; i++)
        {
            var c = source[i];
            var repeated = (i > 0 && source[i - 1] == c) || (i + 1 < source.Length && source[i + 1] == c) || i == 0;
            _ = c switch
            {
                '\n' => escaped.Append(@"\n"),
                '\\' or '$' => escaped.Append("<U+").Append(((int)c).ToString("X4", System.Globalization.CultureInfo.InvariantCulture)).Append('>'),
                _ when AlwaysEncoded.Contains(c, StringComparison.Ordinal) || (repeated && EncodedWhenRepeated.Contains(c, StringComparison.Ordinal)) =>
                    escaped.Append("&#").Append((int)c).Append(';'),
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
            DiagramNodeKind.UndocumentedRole => $"rectangle \"{label}\" as {node.Key} <<undocumented>>",
            DiagramNodeKind.ExternalActor => $"agent \"{label}\" as {node.Key}",
            DiagramNodeKind.Group => $"collections \"{label}\" as {node.Key}",
            _ => $"rectangle \"{label}\" as {node.Key}",
        };
    }

    private static string Arrow(DiagramLineStyle style)
    {
        var colour = DiagramEdgeStyle.Colour(style);
        return style switch
        {
            DiagramLineStyle.FlaggedHandoff => $"-[{colour},dashed]->",
            DiagramLineStyle.Handoff => $"-[{colour}]->",
            DiagramLineStyle.Collaboration => $".[{colour}].>",
            DiagramLineStyle.Escalation => $"-[{colour},bold]->",
            DiagramLineStyle.Approval => $"-[{colour}]-o",
            DiagramLineStyle.Membership => $".[{colour}].>",
            _ => $"-[{colour},dotted]-",
        };
    }

    /// <summary>The legend's picture of a line style, in characters (a legend holds text only).</summary>
    private static string Sample(DiagramLineStyle style) => style switch
    {
        DiagramLineStyle.FlaggedHandoff => "- - ▶",
        DiagramLineStyle.Collaboration or DiagramLineStyle.Membership => "┄┄>",
        DiagramLineStyle.Escalation => "<b>━━▶</b>",
        DiagramLineStyle.Approval => "──○",
        DiagramLineStyle.Communication => "┈┈┈",
        _ => "──▶",
    };
}
