using System.Text;

namespace TeamGraph.Core.Diagrams;

/// <summary>
/// Writes a Graphviz <c>digraph</c> laid out left to right: groups as clusters holding a folder node for the group
/// itself (the end of the group's own edges) and their members, each edge kind with its own colour, line and arrowhead,
/// warnings red and dashed, undocumented roles dashed and outside parties as ellipses. Every label and id is a quoted
/// string with <c>\"</c> and <c>\\</c> escapes.
/// </summary>
public sealed class DotDiagramWriter : IDiagramWriter
{
    /// <inheritdoc/>
    public DiagramFormat Format => DiagramFormat.Dot;

    /// <inheritdoc/>
    public string Write(DiagramView view)
    {
        ArgumentNullException.ThrowIfNull(view);
        var text = new DiagramText()
            .Line(0, "digraph \"team\" {")
            .Line(1, "graph [newrank=true, rankdir=\"LR\", fontname=\"Helvetica\", fontsize=12, nodesep=0.4, ranksep=0.8];")
            .Line(1, "node [shape=\"box\", style=\"rounded,filled\", fillcolor=\"#FFFFFF\", fontname=\"Helvetica\", fontsize=11];")
            .Line(1, "edge [fontname=\"Helvetica\", fontsize=9];");
        text.Nodes(view, 1, group => [$"subgraph {Quote("cluster_" + group.Key)} {{", $"graph [label={Quote(group.Label)}, style=\"rounded,dashed\", color=\"#8E24AA\", fontcolor=\"#6A1B9A\"];", NodeLine(group)], "}", NodeLine);

        foreach (var edge in view.Edges)
        {
            var label = string.Join("\n", edge.Labels);
            text.Line(1, $"{Quote(view.Node(edge.FromId).Key)} -> {Quote(view.Node(edge.ToId).Key)} [{EdgeAttributes(edge)}, label={Quote(label)}];");
        }

        foreach (var membership in view.Memberships)
        {
            text.Line(1, $"{Quote(view.Node(membership.RoleId).Key)} -> {Quote(view.Node(membership.GroupId).Key)} "
                + $"[style=\"dashed\", color=\"{DiagramEdgeStyle.Membership}\", arrowhead=\"empty\", label=\"member of\"];");
        }

        return text.Line(0, "}").ToString();
    }

    /// <summary>A DOT quoted string: backslashes and quotes escaped, line breaks as <c>\n</c>, other controls as spaces.</summary>
    public static string Quote(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var quoted = new StringBuilder(text.Length + 2).Append('"');
        foreach (var c in text.ReplaceLineEndings("\n"))
        {
            _ = c switch
            {
                '\\' => quoted.Append(@"\\"),
                '"' => quoted.Append("\\\""),
                '\n' => quoted.Append(@"\n"),
                _ when char.IsControl(c) => quoted.Append(' '),
                _ => quoted.Append(c),
            };
        }

        return quoted.Append('"').ToString();
    }

    private static string NodeLine(DiagramNode node)
    {
        var attributes = node.Kind switch
        {
            DiagramNodeKind.UndocumentedRole => "style=\"rounded,filled,dashed\", fillcolor=\"#FFF4E5\", color=\"#E65100\"",
            DiagramNodeKind.ExternalActor => "shape=\"ellipse\", style=\"filled\", fillcolor=\"#ECEFF1\", color=\"#607D8B\"",
            DiagramNodeKind.Group => "shape=\"folder\", style=\"filled\", fillcolor=\"#F3E5F5\", color=\"#8E24AA\"",
            _ => "color=\"#37474F\"",
        };
        return $"{Quote(node.Key)} [label={Quote(node.Label)}, {attributes}];";
    }

    private static string EdgeAttributes(DiagramEdge edge)
    {
        var colour = DiagramEdgeStyle.Colour(edge);
        var shape = edge.Kind switch
        {
            EdgeKind.Collaboration => "style=\"dashed\", arrowhead=\"vee\"",
            EdgeKind.Escalation => "style=\"bold\", penwidth=2, arrowhead=\"normal\"",
            EdgeKind.Approval => "arrowhead=\"odot\"",
            EdgeKind.Communication => "style=\"dotted\", dir=\"both\", arrowhead=\"none\", arrowtail=\"none\"",
            _ => "arrowhead=\"normal\"",
        };
        var flag = edge.Flagged ? ", style=\"dashed\", penwidth=2" : "";
        return $"color=\"{colour}\", fontcolor=\"{colour}\", {shape}{flag}";
    }
}
