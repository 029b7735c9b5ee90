using TeamGraph.Core.Diagnostics;

namespace TeamGraph.Core.Ingestion;

/// <summary>Diagnostic codes of reading a folder; each one's meaning is in its <see cref="DiagnosticDescriptionAttribute"/>.</summary>
public static class IngestionDiagnosticCodes
{
    [DiagnosticDescription(DiagnosticSeverity.Error,
        "The file could not be read (permissions, or it vanished while being read).",
        "Make the file readable by the user running TeamGraph.")]
    public const string UnreadableFile = "unreadable-file";

    [DiagnosticDescription(DiagnosticSeverity.Error,
        "The file is larger than the ingester accepts, so it was not read.",
        "Split the document; a role card is far smaller than the limit.")]
    public const string FileTooLarge = "file-too-large";

    /// <remarks>
    /// The message names the stage (see <see cref="PipelineStageNames"/>) and what was left out; the document's other
    /// stages and the other documents still load. Reported by <see cref="StageGuard"/>; the audit reports a failed
    /// rule with the same code.
    /// </remarks>
    [DiagnosticDescription(DiagnosticSeverity.Error,
        "A stage of TeamGraph failed unexpectedly on a document or an audit rule failed: a TeamGraph bug. What the message names was left out; the rest still loaded.",
        "Please report it as a TeamGraph bug, with the document if you can share it.")]
    public const string InternalError = "internal-error";

    [DiagnosticDescription(DiagnosticSeverity.Error,
        "A path named *.md is not a regular file (a FIFO, a device, a socket), so it was not opened.",
        "Remove it from the folder, or rename it so it does not end in .md.")]
    public const string NotARegularFile = "not-a-regular-file";

    [DiagnosticDescription(DiagnosticSeverity.Warning,
        "A symbolic link leads outside the docs folder, so it was not followed.",
        "Copy the document into the folder, or point the link inside it.")]
    public const string LinkOutsideFolder = "link-outside-folder";

    [DiagnosticDescription(DiagnosticSeverity.Warning,
        "A symbolic link is broken or loops, so it was not read.",
        "Fix or remove the link.")]
    public const string BrokenLink = "broken-link";

    [DiagnosticDescription(DiagnosticSeverity.Warning,
        "A subfolder could not be listed, so its documents were not read.",
        "Make the folder readable by the user running TeamGraph.")]
    public const string UnreadableFolder = "unreadable-folder";

    [DiagnosticDescription(DiagnosticSeverity.Error,
        "A document took longer than its time budget to read and parse, so what it holds is not in the graph (or is its last good version).",
        "Look for unusually large tables or mermaid blocks in it, or raise --document-budget.")]
    public const string BudgetExceeded = "document-budget-exceeded";

    [DiagnosticDescription(DiagnosticSeverity.Warning,
        "A document was still being written when read, was tried again and had still not settled, so it was read as it was.",
        "Run again once the editor or sync tool has finished writing the file.")]
    public const string StillBeingWritten = "document-still-being-written";

    [DiagnosticDescription(DiagnosticSeverity.Warning,
        "A document that loaded before failed this time, so its last good version is kept, marked stale.",
        "Fix the errors reported for the document; the graph takes the new version once it loads.")]
    public const string StaleDocument = "document-stale";
}
