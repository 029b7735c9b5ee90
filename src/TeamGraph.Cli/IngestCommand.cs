using System.CommandLine;
using TeamGraph.Core.Diagnostics;
using TeamGraph.Core.Ingestion;
using TeamGraph.Core.Store;
using TeamGraph.Neo4j;
using TeamGraph.Neo4j.Client;
using TeamGraph.Neo4j.Schema;
using TeamGraph.Neo4j.Writer;

namespace TeamGraph.Cli;

/// <summary>
/// <c>teamgraph ingest &lt;dir&gt; --neo4j &lt;uri&gt; [--database db] [--user u] [--password-file f] [--scope s]</c>:
/// writes the graph of a folder into Neo4j in one transaction, with its ingest report (counts, error diagnostics, audit
/// findings, and the version API replicas poll), and prints what changed. Options not given come from
/// <c>NEO4J_URI</c>, <c>NEO4J_DATABASE</c>, <c>NEO4J_USER</c>, <c>NEO4J_PASSWORD_FILE</c>/<c>NEO4J_PASSWORD</c> and
/// <c>NEO4J_TOKEN</c>. A document with errors does not stop the others: everything read is written, and what earlier
/// ingests took from that document is kept rather than deleted as stale; the errors are listed and the exit code is 1.
/// </summary>
internal sealed partial class IngestCommand(TextWriter stdout, TextWriter stderr, FolderIngest ingest, Func<string, string?> environment, CommandConsole console)
{
    private readonly Argument<DirectoryInfo> _folder = FolderArgument.Create();
    private readonly Option<string?> _uri = CreateUriOption();
    private readonly Option<string?> _database = new("--database", "-d") { Description = "The database (default: NEO4J_DATABASE, else neo4j)." };
    private readonly Option<string?> _user = new("--user", "-u") { Description = "The user for basic authentication (default: NEO4J_USER)." };
    private readonly Option<FileInfo> _passwordFile = CreatePasswordFileOption();
    private readonly Option<string?> _scope = new("--scope") { Description = "What this folder's elements are tagged with, so a re-ingest removes only its own stale ones (default: the folder's name)." };

    public Command Create()
    {
        var command = new Command("ingest", "Write the graph of a folder of role cards into Neo4j (HTTP Query API) in one transaction.")
        {
            _folder, _uri, _database, _user, _passwordFile, _scope,
        };
        command.SetAction((parseResult, cancellationToken) => RunAsync(parseResult, cancellationToken));
        return command;
    }

    private async Task<int> RunAsync(ParseResult parseResult, CancellationToken cancellationToken)
    {
        var options = ReadOptions(parseResult);
        if (options is null)
        {
            return ExitCodes.UsageError;
        }

        var folder = parseResult.GetRequiredValue(_folder);
        IngestionResult? result;
        using (var progress = console.StartProgress(parseResult))
        {
            result = new FolderIngestionRunner(ingest, stderr).Run(folder, progress);
            if (result is null)
            {
                return ExitCodes.Failure;
            }
        }

        var errors = result.Diagnostics.Where(d => d.Severity == DiagnosticSeverity.Error).ToList();
        errors.ForEach(error => stderr.WriteLine(error.ToString()));
        stderr.WriteLine(IngestionSummary.Format(result));
        var scope = parseResult.GetValue(_scope) ?? folder.Name;
        stderr.WriteLine($"writing to {options} (scope '{scope}')");
        string[] failedDocuments = [.. errors.Select(e => e.Path).Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal)];
        GraphReport report;
        using (var progress = console.StartProgress(parseResult))
        {
            report = GraphReport.Of(result, scope, TimeProvider.System.GetUtcNow(), progress);
        }

        stderr.WriteLine($"audit: {report.Findings.Count} findings");
        int written;
        using (var progress = console.StartProgress(parseResult))
        {
            written = await WriteAsync(options, result.Graph, report, failedDocuments, progress, cancellationToken).ConfigureAwait(false);
        }

        if (written != ExitCodes.Success || failedDocuments.Length == 0)
        {
            return written;
        }

        stderr.WriteLine($"error: {failedDocuments.Length} documents have errors; the rest was written, and what earlier ingests took from them was kept: "
            + string.Join(", ", failedDocuments));
        return ExitCodes.Failure;
    }

    private async Task<int> WriteAsync(
        Neo4jOptions options, Core.Graph.PropertyGraph graph, GraphReport report, string[] keptDocuments, ICommandProgress progress, CancellationToken cancellationToken)
    {
        // Each request has its own timeout (Neo4jOptions.RequestTimeout); HttpClient's own would cut long transactions short.
        using var http = new HttpClient { Timeout = Timeout.InfiniteTimeSpan };
        var client = new Neo4jQueryClient(http, options);
        try
        {
            await Neo4jSchema.ApplyAsync(client, cancellationToken).ConfigureAwait(false);
            var summary = await new Neo4jGraphWriter(client).WriteAsync(graph, report.Source, keptDocuments, report, progress, cancellationToken).ConfigureAwait(false);
            progress.Dispose();
            stdout.WriteLine(summary.ToString());
            return ExitCodes.Success;
        }
        catch (Neo4jException exception)
        {
            progress.Dispose();
            stderr.WriteLine($"error: Neo4j at {options.Uri}: {exception.Message}");
            return ExitCodes.Failure;
        }
    }
}
