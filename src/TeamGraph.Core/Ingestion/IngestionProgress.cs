namespace TeamGraph.Core.Ingestion;

/// <summary>
/// Progress of an ingest: in <paramref name="Phase"/>, steps done out of the total, and the document just read (empty
/// outside <see cref="IngestionPhase.Reading"/>).
/// </summary>
public readonly record struct IngestionProgress(int Done, int Total, string CurrentPath, IngestionPhase Phase = IngestionPhase.Reading);
