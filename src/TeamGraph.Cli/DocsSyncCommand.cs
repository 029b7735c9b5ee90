using System.CommandLine;
using TeamGraph.Core.Diagrams;
using TeamGraph.Core.Docs;
using TeamGraph.Core.Ingestion;

namespace TeamGraph.Cli;

/// <summary>
/// <c>teamgraph docs sync &lt;dir&gt; [--check]</c>: regenerates every <c>&lt;!-- teamgraph:diagram … --&gt;</c> block
/// of the Markdown files below the folder from the folder's own graph, rewriting only files that change. With
/// <c>--check</c> nothing is written; each stale block is listed and the exit code is 1 when there is one. A broken
/// block is an error in both modes (exit 1), and its file is left alone.
/// </summary>
internal sealed class DocsSyncCommand(TextWriter stdout, TextWriter stderr, FolderIngest ingest, IDiagramGenerator generator, CommandConsole console)
{
    private readonly Argument<DirectoryInfo> _folder = FolderArgument.Create();

    private readonly Option<bool> _check = new("--check")
    {
        Description = "Change nothing; list stale blocks and exit 1 when there is one.",
    };

    public Command Create()
    {
        var sync = new Command("sync", "Regenerate the diagram blocks of the Markdown files below a folder from its graph.")
        {
            _folder, _check,
        };
        sync.SetAction(RunAsync);
        return new Command("docs", "Keep the diagrams in the team's Markdown documents up to date.") { sync };
    }

    private async Task<int> RunAsync(ParseResult parseResult, CancellationToken cancellationToken)
    {
        var folder = parseResult.GetRequiredValue(_folder);
        var check = parseResult.GetValue(_check);
        IngestionResult? ingested;
        using (var progress = console.StartProgress(parseResult))
        {
            ingested = new FolderIngestionRunner(ingest, stderr).Run(folder, progress);
            if (ingested is null)
            {
                return ExitCodes.Failure;
            }
        }

        var sync = new DocumentDiagramSync(ingested.Graph, generator);
        int blocks = 0, stale = 0, errors = 0, written = 0;
        try
        {
            foreach (var path in MarkdownFolder.MarkdownFiles(folder.FullName))
            {
                var fullPath = Path.Combine(folder.FullName, path);
                var result = await sync.SyncAsync(path, await File.ReadAllBytesAsync(fullPath, cancellationToken).ConfigureAwait(false), cancellationToken).ConfigureAwait(false);
                blocks += result.BlockCount;
                stale += result.Stale.Count;
                errors += result.Errors.Count;
                foreach (var error in result.Errors)
                {
                    stderr.WriteLine(error.ToString());
                }

                foreach (var block in result.Stale.Where(_ => result.Errors.Count == 0 || check))
                {
                    stdout.WriteLine($"{path}:{block.Line}: {(check ? "stale" : "updated")} diagram block ({block.OptionsText})");
                }

                if (!check && result.NewBytes is { } bytes)
                {
                    FileReplacement.WriteAllBytes(fullPath, bytes);
                    written++;
                }
            }
        }
        catch (Exception exception) when (exception is IOException or UnauthorizedAccessException)
        {
            stderr.WriteLine($"error: docs sync failed: {exception.Message}");
            return ExitCodes.Failure;
        }

        stdout.Flush();
        stderr.WriteLine(check
            ? $"{blocks} diagram blocks: {stale} stale, {errors} errors"
            : $"{blocks} diagram blocks: {written} files updated, {errors} errors");
        return errors > 0 || (check && stale > 0) ? ExitCodes.Failure : ExitCodes.Success;
    }
}
