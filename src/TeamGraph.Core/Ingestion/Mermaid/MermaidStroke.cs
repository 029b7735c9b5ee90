namespace TeamGraph.Core.Ingestion.Mermaid;

/// <summary>How an edge's line is drawn.</summary>
public enum MermaidStroke
{
    /// <summary><c>--</c></summary>
    Normal,
    /// <summary><c>==</c></summary>
    Thick,
    /// <summary><c>-.</c></summary>
    Dotted,
    /// <summary><c>~~~</c></summary>
    Invisible,
}
