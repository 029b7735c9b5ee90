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

    public override string ToString() => _text.ToString();
}
