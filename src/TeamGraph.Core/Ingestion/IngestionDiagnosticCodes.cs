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
}
