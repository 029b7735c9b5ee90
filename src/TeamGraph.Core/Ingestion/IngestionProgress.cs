namespace TeamGraph.Core.Ingestion;

/// <summary>Progress of an ingest: documents done out of the total, and the one just read.</summary>
public readonly record struct IngestionProgress(int Done, int Total, string CurrentPath);
