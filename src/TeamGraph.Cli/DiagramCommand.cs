using System.CommandLine;
using TeamGraph.Core.Diagnostics;
using TeamGraph.Core.Diagrams;
using TeamGraph.Core.Ingestion;
using TeamGraph.Core.Store;

namespace TeamGraph.Cli;

/// <summary>
/// <c>teamgraph diagram &lt;dir&gt; [scope] [--kinds …] [--format mermaid|dot|plantuml] [-o file]</c>: a diagram of
/// part of the team, on stdout or into a file, and <c>N nodes, M edges</c> on stderr. Scopes: <c>--team</c> (the
/// default), <c>--role R [--depth N]</c>, <c>--from A --to B [--max-hops N] [--max-paths N]</c>, <c>--roles A,B</c>.
/// </summary>
internal sealed class DiagramCommand(TextWriter stdout, TextWriter stderr, FolderIngest ingest, IDiagramGenerator generator, CommandConsole console)
{

    private readonly Argument<DirectoryInfo> _folder = FolderArgument.Create();
    private readonly DiagramOptionSet _options = new();
    private readonly Option<FileInfo?> _output = OutputFileOption.Create();

    public Command Create()
    {
        var command = new Command("diagram", "Draw the team, a role's neighbourhood, the handoff chains between two roles, or a set of roles.")
        {
            _folder, _output,
        };
        _options.AddTo(command);
        command.SetAction(RunAsync);
        return command;
    }

    private async Task<int> RunAsync(ParseResult parseResult, CancellationToken cancellationToken)
    {
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

        foreach (var error in result.Diagnostics.Where(d => d.Severity == DiagnosticSeverity.Error))
        {
            stderr.WriteLine(error.ToString());
        }

        var (request, unknownRole, unknownGroup) = await _options.Read(parseResult).ResolveAsync(new EmbeddedGraphStore(result.Graph), cancellationToken).ConfigureAwait(false);
        if (request is null)
        {
            stderr.WriteLine(unknownGroup is null
                ? $"error: unknown role '{unknownRole}': no role in {folder} has that code, name or alias; {UnknownActorMessage.Hint(result.Graph, unknownRole!, group: false)}"
                : $"error: unknown group '{unknownGroup}': no group in {folder} has that name; {UnknownActorMessage.Hint(result.Graph, unknownGroup, group: true)}");
            return ExitCodes.UsageError;
        }

        var output = parseResult.GetValue(_output);
        try
        {
            var diagram = generator.Generate(result.Graph, request);
            var text = diagram.Text.EndsWith('\n') ? diagram.Text : diagram.Text + "\n";
            if (output is null)
            {
                stdout.Write(text);
                stdout.Flush();
            }
            else
            {
                FileReplacement.WriteText(output.ToString(), text);
            }

            stderr.WriteLine($"{diagram.NodeCount} nodes, {diagram.EdgeCount} edges");
            return ExitCodes.Success;
        }
        catch (Exception exception) when (exception is IOException or UnauthorizedAccessException or ArgumentException)
        {
            stderr.WriteLine($"error: diagram failed: {exception.Message}");
            return ExitCodes.Failure;
        }
    }
}
