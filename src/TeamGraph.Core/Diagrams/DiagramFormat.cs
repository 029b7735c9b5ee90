namespace TeamGraph.Core.Diagrams;

/// <summary>The diagram languages TeamGraph writes.</summary>
public enum DiagramFormat
{
    /// <summary>A mermaid flowchart: rendered natively by GitHub, GitLab and most wikis. The default.</summary>
    Mermaid,

    /// <summary>Graphviz DOT.</summary>
    Dot,

    /// <summary>PlantUML.</summary>
    PlantUml,
}
