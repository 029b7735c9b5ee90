namespace TeamGraph.Core.Ingestion.Mermaid;

/// <summary>The end of an edge.</summary>
public enum MermaidArrowHead
{
    /// <summary>No head (<c>---</c>).</summary>
    None,
    /// <summary><c>&gt;</c> or <c>&lt;</c></summary>
    Arrow,
    /// <summary><c>o</c></summary>
    Circle,
    /// <summary><c>x</c></summary>
    Cross,
}
