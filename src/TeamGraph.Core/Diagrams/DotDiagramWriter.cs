using System.Text;

namespace TeamGraph.Core.Diagrams;

/// <summary>
/// Writes a Graphviz <c>digraph</c> laid out left to right, titled at the top left: groups as clusters holding their
/// members (a group's own edges stop at its cluster's border), each edge kind with its own colour, line and arrowhead,
/// warnings red and dashed, undocumented roles dashed and outside parties as ellipses. Every label and id is a quoted
/// string with <c>\"</c> and <c>\\</c> escapes. The legend is a cluster of sample edges, one per style drawn.
/// </summary>
public sealed class DotDiagramWriter : IDiagramWriter
{
    /// <summary>The longest line of an edge label before it is wrapped at a space.</summary>
    private const int MaxLineLength = 32;

    /// <inheritdoc/>
    public DiagramFormat Format => DiagramFormat.Dot;

    /// <inheritdoc/>
    public string Write(DiagramView view)
    {
        ArgumentNullException.ThrowIfNull(view);
        var text = new DiagramText()
            .Line(0, "digraph \"team\" {")
            .Line(1, "graph [newrank=true, compound=true, rankdir=\"LR\", fontname=\"Helvetica\", fontsize=12, nodesep=0.4, ranksep=0.8];")
            .Line(1, "node [shape=\"box\", style=\"rounded,filled\", fillcolor=\"#FFFFFF\", fontname=\"Helvetica\", fontsize=11];")
            .Line(1, "edge [fontname=\"Helvetica\", fontsize=9];");
        text.Nodes(view, 1, group => [$"subgraph {Quote("cluster_" + group.Key)} {{", $"graph [label={Quote(group.Label)}, style=\"rounded,dashed\", color=\"#8E24AA\", fontcolor=\"#6A1B9A\"];", AnchorLine(group)], "}", NodeLine);

        foreach (var edge in view.Edges)
        {
            var label = string.Join("\n", edge.Labels.SelectMany(Wrap));
            text.Line(1, $"{Quote(view.Node(edge.FromId).Key)} -> {Quote(view.Node(edge.ToId).Key)} [{StyleAttributes(edge.Style)}{Ends(view, edge.FromId, edge.ToId)}, label={Quote(label)}];");
        }

        foreach (var membership in view.Memberships)
        {
            text.Line(1, $"{Quote(view.Node(membership.RoleId).Key)} -> {Quote(view.Node(membership.GroupId).Key)} "
                + $"[{StyleAttributes(DiagramLineStyle.Membership)}{Ends(view, membership.RoleId, membership.GroupId)}, label=\"member of\"];");
        }

        if (view.Legend.Count > 0)
        {
            text.Line(1, "subgraph \"cluster_legend\" {")
                .Line(2, $"graph [label={Quote(DiagramLegend.Title)}, style=\"rounded\", color=\"#BDBDBD\", fontcolor=\"#616161\"];");
            foreach (var (style, i) in view.Legend.Select((s, i) => (s, i + 1)))
            {
                text.Line(2, $"\"legend_{i}_a\" [label=\"\", shape=\"point\", width=0.05, color=\"#9E9E9E\"];")
                    .Line(2, $"\"legend_{i}_b\" [label={Quote(DiagramLegend.Text(style))}, shape=\"plaintext\", style=\"\", fontsize=9];")
                    .Line(2, $"\"legend_{i}_a\" -> \"legend_{i}_b\" [{StyleAttributes(style)}];");
            }

            text.Line(1, "}");
        }

        // Set last, so the clusters do not inherit the title's label and size.
        if (view.Title.Length > 0)
        {
            text.Line(1, $"label={Quote(view.Title)};").Line(1, "labelloc=\"t\";").Line(1, "labeljust=\"l\";").Line(1, "fontsize=16;");
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

    /// <summary>
    /// A label line cut at spaces into lines of at most <see cref="MaxLineLength"/> characters where it can be: in a
    /// left-to-right layout labels sit between the ranks, so a long line widens the whole drawing.
    /// </summary>
    private static IEnumerable<string> Wrap(string line)
    {
        var current = new StringBuilder();
        foreach (var word in line.Split(' '))
        {
            if (current.Length > 0 && current.Length + 1 + word.Length > MaxLineLength)
            {
                yield return current.ToString();
                current.Clear();
            }

            current.Append(current.Length > 0 ? " " : "").Append(word);
        }

        yield return current.ToString();
    }

    /// <summary>
    /// The invisible node of a group drawn as a box: its edges end there, clipped at the box's border by
    /// <c>lhead</c>/<c>ltail</c>, so the group is not drawn twice (once as a box, once as a node inside it).
    /// </summary>
    private static string AnchorLine(DiagramNode group) =>
        $"{Quote(group.Key)} [label=\"\", shape=\"point\", style=\"invis\", width=0.01, height=0.01];";

    /// <summary>
    /// <c>lhead</c>/<c>ltail</c> for the ends that are boxes, so the edge stops at the box; not when the other end is
    /// inside that box (Graphviz cannot clip an edge at a box it starts in).
    /// </summary>
    private static string Ends(DiagramView view, string fromId, string toId)
    {
        var ends = new StringBuilder();
        if (view.IsCluster(toId) && !view.EnclosingClusters(fromId).Contains(toId, StringComparer.Ordinal))
        {
            ends.Append(", lhead=").Append(Quote("cluster_" + view.Node(toId).Key));
        }

        if (view.IsCluster(fromId) && !view.EnclosingClusters(toId).Contains(fromId, StringComparer.Ordinal))
        {
            ends.Append(", ltail=").Append(Quote("cluster_" + view.Node(fromId).Key));
        }

        return ends.ToString();
    }

    private static string StyleAttributes(DiagramLineStyle style)
    {
        var colour = DiagramEdgeStyle.Colour(style);
        var shape = style switch
        {
            DiagramLineStyle.FlaggedHandoff => "arrowhead=\"normal\", style=\"dashed\", penwidth=2",
            DiagramLineStyle.Collaboration => "style=\"dashed\", arrowhead=\"vee\"",
            DiagramLineStyle.Escalation => "style=\"bold\", penwidth=2, arrowhead=\"normal\"",
            DiagramLineStyle.Approval => "arrowhead=\"odot\"",
            DiagramLineStyle.Communication => "style=\"dotted\", dir=\"both\", arrowhead=\"none\", arrowtail=\"none\"",
            DiagramLineStyle.Membership => "style=\"dashed\", arrowhead=\"empty\"",
            _ => "arrowhead=\"normal\"",
        };
        return $"color=\"{colour}\", fontcolor=\"{colour}\", {shape}";
    }
}
