using TeamGraph.Core.Diagrams;

namespace TeamGraph.Core.Tests.Diagrams;

/// <summary>One generated diagram of <see cref="DiagramCatalogue"/>, the node labels it should show, and its file name.</summary>
internal sealed record CataloguedDiagram(string Name, DiagramResult Result, IReadOnlyList<string> NodeLabels)
{
    public string FileName => Name + Result.Format switch
    {
        DiagramFormat.Mermaid => ".mmd",
        DiagramFormat.Dot => ".dot",
        _ => ".puml",
    };
}
