namespace TeamGraph.Core.Ingestion.Mermaid;

/// <summary>The diagnostic codes the mermaid flowchart parser reports.</summary>
public static class MermaidDiagnosticCodes
{
    /// <summary>Error: the block is a flowchart but breaks mermaid's flowchart grammar; the block is skipped.</summary>
    public const string SyntaxError = "mermaid-syntax-error";

    /// <summary>Error: the flowchart is too large to expand (for example an <c>&amp;</c> fan-out giving millions of edges).</summary>
    public const string TooLarge = "mermaid-too-large";

    /// <summary>
    /// Warning: a labelled link has different heads or strokes at its two ends (<c>A &lt;-- text --o B</c>); mermaid draws
    /// it as an <c>INVALID</c> edge, and the edge is kept with <see cref="MermaidStroke.Invalid"/>.
    /// </summary>
    public const string InvalidLink = "mermaid-invalid-link";

    /// <summary>Warning: the block is empty or another kind of diagram (<c>sequenceDiagram</c>, <c>pie</c>, ...); it is skipped.</summary>
    public const string NotFlowchart = "mermaid-not-flowchart";
}
