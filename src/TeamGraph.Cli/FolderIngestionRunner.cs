using TeamGraph.Core.Ingestion;

namespace TeamGraph.Cli;

/// <summary>Runs an ingest for a command: progress to the command's display, and an unreadable folder as a message rather than a crash.</summary>
internal sealed class FolderIngestionRunner(FolderIngest ingest, TextWriter stderr)
{
    /// <summary>The result, or <see langword="null"/> when the folder could not be read (the reason is on stderr).</summary>
    public IngestionResult? Run(DirectoryInfo folder, IProgress<IngestionProgress> progress)
    {
        try
        {
            return ingest(folder.FullName, progress, CancellationToken.None);
        }
        catch (Exception exception) when (exception is IOException or UnauthorizedAccessException)
        {
            stderr.WriteLine($"error: cannot read '{folder}': {exception.Message}");
            return null;
        }
    }
}
