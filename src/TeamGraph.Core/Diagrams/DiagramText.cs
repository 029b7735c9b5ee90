using System.Text;

namespace TeamGraph.Core.Diagrams;

/// <summary>Diagram text built line by line: four-space indents and <c>\n</c> line ends whatever the platform.</summary>
internal sealed class DiagramText
{
    private readonly StringBuilder _text = new();

    public DiagramText Line(int depth, string line)
    {
        _text.Append(' ', depth * 4).Append(line).Append('\n');
        return this;
    }

    /// <summary>
    /// Writes the view's nodes at <paramref name="depth"/>: each group box, opened by the lines <paramref name="open"/>
    /// gives for its group and closed by <paramref name="close"/>, holding its nested boxes and members; then the nodes
    /// in no box. Every writer draws groups this way; only the words differ.
    /// </summary>
    public DiagramText Nodes(DiagramView view, int depth, Func<DiagramNode, IEnumerable<string>> open, string close, Func<DiagramNode, string> nodeLine)
    {
        Boxes(view, null, depth, open, close, nodeLine);
        foreach (var node in view.TopLevelNodes())
        {
            Line(depth, nodeLine(node));
        }

        return this;
    }

    // Recursion only as deep as groups nest inside groups: a handful of levels.
    private void Boxes(DiagramView view, string? parentId, int depth, Func<DiagramNode, IEnumerable<string>> open, string close, Func<DiagramNode, string> nodeLine)
    {
        foreach (var cluster in view.ClustersIn(parentId))
        {
            var group = view.Node(cluster.GroupId);
            var lines = open(group).ToList();
            Line(depth, lines[0]);
            foreach (var line in lines.Skip(1))
            {
                Line(depth + 1, line);
            }

            Boxes(view, cluster.GroupId, depth + 1, open, close, nodeLine);
            foreach (var id in cluster.NodeIds)
            {
                Line(depth + 1, nodeLine(view.Node(id)));
            }

            Line(depth, close);
        }
    }

    public override string ToString() => _text.ToString();
}
