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
    /// <summary>
    /// A labelled link whose two ends disagree (<c>A &lt;-- text --o B</c>, <c>A x== text ==&gt; B</c>): mermaid accepts it and
    /// gives it type and stroke <c>INVALID</c>. The edge keeps the heads written at its two ends and goes from its first node to
    /// its second; the parser warns (<see cref="MermaidDiagnosticCodes.InvalidLink"/>).
    /// </summary>
    Invalid,
}
