using TeamGraph.Core.Ingestion;

namespace TeamGraph.Cli;

/// <summary>
/// Ingests a folder; the shape of <see cref="FolderIngester.Ingest(string, IProgress{IngestionProgress}?, CancellationToken)"/>, so tests can hand the commands a prepared result.
/// </summary>
internal delegate IngestionResult FolderIngest(string folder, IProgress<IngestionProgress>? progress, CancellationToken cancellationToken);
