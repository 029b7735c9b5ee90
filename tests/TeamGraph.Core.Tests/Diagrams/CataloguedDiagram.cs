using TeamGraph.Core.Diagrams;

namespace TeamGraph.Core.Tests.Diagrams;

/// <summary>One generated diagram of <see cref="DiagramCatalogue"/>, with the file name it is checked under.</summary>
internal sealed record CataloguedDiagram(string Name, DiagramResult Result)
{
    public string FileName => Name + Result.Format switch
    {
        DiagramFormat.Mermaid => ".mmd",
        DiagramFormat.Dot => ".dot",
        _ => ".puml",
    };
}
