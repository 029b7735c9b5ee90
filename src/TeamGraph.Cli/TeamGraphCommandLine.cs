using System.CommandLine;
using System.CommandLine.Invocation;
using TeamGraph.Core.Ingestion;

namespace TeamGraph.Cli;

/// <summary>The <c>teamgraph</c> command tree, runnable in-process with any stdout and stderr.</summary>
internal static class TeamGraphCommandLine
{
    /// <summary>Parses and runs <paramref name="args"/> against the real ingester.</summary>
    public static int Run(IReadOnlyList<string> args, TextWriter stdout, TextWriter stderr) =>
        Run(args, stdout, stderr, IngestWithFolderIngester);

    /// <summary>Parses and runs <paramref name="args"/>; usage errors exit with <see cref="ExitCodes.UsageError"/>.</summary>
    public static int Run(IReadOnlyList<string> args, TextWriter stdout, TextWriter stderr, FolderIngest ingest)
    {
        var parseResult = Build(stdout, stderr, ingest).Parse(args);

        // System.CommandLine exits 1 on parse errors; 1 is lint's "the documents have errors", so usage gets its own code.
        if (parseResult.Action is ParseErrorAction)
        {
            foreach (var error in parseResult.Errors)
            {
                stderr.WriteLine($"error: {error.Message}");
            }

            stderr.WriteLine($"Run '{CommandPath(parseResult)} --help' for usage.");
            return ExitCodes.UsageError;
        }

        return parseResult.Invoke(new InvocationConfiguration { Output = stdout, Error = stderr });
    }

    public static RootCommand Build(TextWriter stdout, TextWriter stderr, FolderIngest ingest) =>
        new("TeamGraph: turn a team's Markdown role cards into a queryable graph.")
        {
            new LintCommand(stdout, stderr, ingest).Create(),
            new ExportCommand(stdout, stderr, ingest).Create(),
            new AuditCommand(stdout, stderr, ingest).Create(),
        };

    private static string CommandPath(ParseResult parseResult)
    {
        var command = parseResult.CommandResult.Command;
        return command is RootCommand ? "teamgraph" : $"teamgraph {command.Name}";
    }

    private static IngestionResult IngestWithFolderIngester(
        string folder, IProgress<IngestionProgress>? progress, CancellationToken cancellationToken) =>
        new FolderIngester().Ingest(folder, progress, cancellationToken);
}
