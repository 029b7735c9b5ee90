namespace TeamGraph.Core.Ingestion;

/// <summary>Diagnostic codes of reading a folder.</summary>
public static class IngestionDiagnosticCodes
{
    /// <summary>A file could not be read (permissions, vanished while reading).</summary>
    public const string UnreadableFile = "unreadable-file";

    /// <summary>A file is larger than the ingester accepts.</summary>
    public const string FileTooLarge = "file-too-large";

    /// <summary>
    /// A stage failed unexpectedly on a document (a TeamGraph bug); the message names the stage (see
    /// <see cref="Diagnostics.PipelineStageNames"/>) and what was left out, and the document's other stages and the other
    /// documents still load. Reported by <see cref="Diagnostics.StageGuard"/>.
    /// </summary>
    public const string InternalError = "internal-error";

    /// <summary>A path named <c>*.md</c> that is not a regular file (a FIFO, a device, a socket); it is not opened.</summary>
    public const string NotARegularFile = "not-a-regular-file";

    /// <summary>A symbolic link that leads outside the docs folder; it is not followed.</summary>
    public const string LinkOutsideFolder = "link-outside-folder";

    /// <summary>A symbolic link that is broken or loops.</summary>
    public const string BrokenLink = "broken-link";

    /// <summary>A subfolder that could not be listed; its documents are not read.</summary>
    public const string UnreadableFolder = "unreadable-folder";

    /// <summary>A document took longer than its time budget; what it held is not in the graph (or is its last good version).</summary>
    public const string BudgetExceeded = "document-budget-exceeded";

    /// <summary>A document still being written when read, tried again and still not settled; read as it was.</summary>
    public const string StillBeingWritten = "document-still-being-written";

    /// <summary>A document that loaded before failed this time; its last good version is kept, marked stale.</summary>
    public const string StaleDocument = "document-stale";
}
