using TeamGraph.Core.Diagnostics;

namespace TeamGraph.Core.Ingestion.Mermaid;

/// <summary>
/// The diagnostic codes the mermaid flowchart parser reports; each one's meaning is in its
/// <see cref="DiagnosticDescriptionAttribute"/>.
/// </summary>
public static class MermaidDiagnosticCodes
{
    [DiagnosticDescription(DiagnosticSeverity.Error,
        "The mermaid block is a flowchart but breaks mermaid's flowchart grammar, so the block was skipped.",
        "Fix the syntax at the line and column given; mermaid itself would refuse to draw the block.")]
    public const string SyntaxError = "mermaid-syntax-error";

    [DiagnosticDescription(DiagnosticSeverity.Error,
        "The flowchart is too large to expand (for example an '&' fan-out giving millions of edges), so the block was skipped.",
        "Write the map with fewer '&' fan-outs.")]
    public const string TooLarge = "mermaid-too-large";

    /// <remarks>The edge is kept with <see cref="MermaidStroke.Invalid"/>.</remarks>
    [DiagnosticDescription(DiagnosticSeverity.Warning,
        "A labelled link has different heads or strokes at its two ends (A <-- text --o B), which mermaid draws as an INVALID edge.",
        "Give the link the same stroke at both ends, such as A -- text --> B.")]
    public const string InvalidLink = "mermaid-invalid-link";

    [DiagnosticDescription(DiagnosticSeverity.Warning,
        "The mermaid block is empty or another kind of diagram (sequenceDiagram, pie, ...), so it was skipped.",
        "Nothing to do if the diagram is meant for readers only; a collaboration map must be a 'graph' or 'flowchart'.")]
    public const string NotFlowchart = "mermaid-not-flowchart";
}
