namespace TeamGraph.Core.Ingestion;

/// <summary>Diagnostic codes of reading a folder.</summary>
public static class IngestionDiagnosticCodes
{
    /// <summary>A file could not be read (permissions, vanished while reading).</summary>
    public const string UnreadableFile = "unreadable-file";

    /// <summary>A file is larger than the ingester accepts.</summary>
    public const string FileTooLarge = "file-too-large";

    /// <summary>A stage failed unexpectedly on a document; the other documents still load.</summary>
    public const string InternalError = "internal-error";
}
