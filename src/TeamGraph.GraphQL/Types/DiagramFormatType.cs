using GraphQL.Types;
using TeamGraph.Core.Diagrams;

namespace TeamGraph.GraphQL.Types;

/// <summary>The diagram languages: <c>MERMAID</c>, <c>DOT</c>, <c>PLANTUML</c>.</summary>
internal sealed class DiagramFormatType : EnumerationGraphType
{
    public DiagramFormatType()
    {
        Name = "DiagramFormat";
        Description = "The language a diagram is written in.";
        Add("MERMAID", DiagramFormat.Mermaid, "A mermaid flowchart, rendered natively by GitHub, GitLab and most wikis.");
        Add("DOT", DiagramFormat.Dot, "Graphviz DOT.");
        Add("PLANTUML", DiagramFormat.PlantUml, "PlantUML.");
    }
}
