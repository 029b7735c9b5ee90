using System.CommandLine;
using TeamGraph.Core.Diagnostics;
using TeamGraph.Neo4j;
using TeamGraph.Neo4j.Client;
using TeamGraph.Neo4j.Schema;
using TeamGraph.Neo4j.Writer;

namespace TeamGraph.Cli;

/// <summary>
/// <c>teamgraph ingest &lt;dir&gt; --neo4j &lt;uri&gt; [--database db] [--user u] [--password-file f] [--scope s]
/// [--allow-errors]</c>: writes the graph of a folder into Neo4j in one transaction and prints what changed. Options not
/// given come from <c>NEO4J_URI</c>, <c>NEO4J_DATABASE</c>, <c>NEO4J_USER</c>, <c>NEO4J_PASSWORD_FILE</c>/<c>NEO4J_PASSWORD</c>
/// and <c>NEO4J_TOKEN</c>. Documents with errors stop the ingest unless <c>--allow-errors</c>: a card that fails to load
/// would otherwise have its nodes removed from the shared graph.
/// </summary>
internal sealed partial class IngestCommand(TextWriter stdout, TextWriter stderr, FolderIngest ingest, Func<string, string?> environment)
{
    private readonly Argument<DirectoryInfo> _folder = FolderArgument.Create();
    private readonly Option<string?> _uri = CreateUriOption();
    private readonly Option<string?> _database = new("--database", "-d") { Description = "The database (default: NEO4J_DATABASE, else neo4j)." };
    private readonly Option<string?> _user = new("--user", "-u") { Description = "The user for basic authentication (default: NEO4J_USER)." };
    private readonly Option<FileInfo> _passwordFile = CreatePasswordFileOption();
    private readonly Option<string?> _scope = new("--scope") { Description = "What this folder's elements are tagged with, so a re-ingest removes only its own stale ones (default: the folder's name)." };
    private readonly Option<bool> _allowErrors = new("--allow-errors") { Description = "Write even when some documents have errors (their nodes are then removed)." };

    public Command Create()
    {
        var command = new Command("ingest", "Write the graph of a folder of role cards into Neo4j (HTTP Query API) in one transaction.")
        {
            _folder, _uri, _database, _user, _passwordFile, _scope, _allowErrors,
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
        var result = new FolderIngestionRunner(ingest, stderr).Run(folder);
        if (result is null)
        {
            return ExitCodes.Failure;
        }

        var errors = result.Diagnostics.Where(d => d.Severity == DiagnosticSeverity.Error).ToList();
        errors.ForEach(error => stderr.WriteLine(error.ToString()));
        stderr.WriteLine(IngestionSummary.Format(result));
        if (errors.Count > 0 && !parseResult.GetValue(_allowErrors))
        {
            stderr.WriteLine($"error: {errors.Count} documents have errors; nothing was written (fix them, or pass --allow-errors).");
            return ExitCodes.Failure;
        }

        var scope = parseResult.GetValue(_scope) ?? folder.Name;
        stderr.WriteLine($"writing to {options} (scope '{scope}')");
        return await WriteAsync(options, result.Graph, scope, cancellationToken).ConfigureAwait(false);
    }

    private async Task<int> WriteAsync(Neo4jOptions options, Core.Graph.PropertyGraph graph, string scope, CancellationToken cancellationToken)
    {
        // Each request has its own timeout (Neo4jOptions.RequestTimeout); HttpClient's own would cut long transactions short.
        using var http = new HttpClient { Timeout = Timeout.InfiniteTimeSpan };
        var client = new Neo4jQueryClient(http, options);
        try
        {
            await Neo4jSchema.ApplyAsync(client, cancellationToken).ConfigureAwait(false);
            var summary = await new Neo4jGraphWriter(client).WriteAsync(graph, scope, new WriteProgressPrinter(stderr), cancellationToken).ConfigureAwait(false);
            stdout.WriteLine(summary.ToString());
            return ExitCodes.Success;
        }
        catch (Neo4jException exception)
        {
            stderr.WriteLine($"error: Neo4j at {options.Uri}: {exception.Message}");
            return ExitCodes.Failure;
        }
    }
}
