using System.CommandLine;
using TeamGraph.Core.Diagnostics;
using TeamGraph.Core.Export;
using TeamGraph.Core.Graph;
using TeamGraph.Core.Ingestion;
using TeamGraph.Core.Store;
using TeamGraph.Neo4j.Export;

namespace TeamGraph.Cli;

/// <summary>
/// <c>teamgraph export &lt;dir&gt; --format jsonl|cypher [-o file]</c>: the graph of a folder as APOC JSON lines or a
/// cypher-shell script, on stdout or into a file. Documents that fail to load are left out and their errors listed on
/// stderr; the export itself still succeeds (use <c>lint</c> to gate on them).
/// </summary>
internal sealed class ExportCommand(TextWriter stdout, TextWriter stderr, FolderIngest ingest, CommandConsole console)
{
    private static readonly string[] Formats = ["jsonl", "cypher"];


    private readonly Argument<DirectoryInfo> _folder = FolderArgument.Create();
    private readonly Option<string> _format = CreateFormatOption();
    private readonly Option<FileInfo?> _output = OutputFileOption.Create();

    public Command Create()
    {
        var command = new Command("export", "Write the graph of a folder of role cards as JSON lines or a Cypher script.")
        {
            _folder, _format, _output,
        };
        command.SetAction(Run);
        return command;
    }

    private int Run(ParseResult parseResult)
    {
        var folder = parseResult.GetRequiredValue(_folder);
        var format = parseResult.GetRequiredValue(_format);
        IngestionResult? result;
        IGraphExporter exporter;
        using (var progress = console.StartProgress(parseResult))
        {
            result = new FolderIngestionRunner(ingest, stderr).Run(folder, progress);
            if (result is null)
            {
                return ExitCodes.Failure;
            }

            // The script carries the ingest report (and so runs the audit), as teamgraph ingest writes it, scoped by the folder's name.
            exporter = format == "cypher"
                ? new CypherScriptGraphExporter(GraphReport.Of(result, folder.Name, TimeProvider.System.GetUtcNow(), progress))
                : new JsonLinesGraphExporter();
        }

        foreach (var error in result.Diagnostics.Where(d => d.Severity == DiagnosticSeverity.Error))
        {
            stderr.WriteLine(error.ToString());
        }

        var output = parseResult.GetValue(_output);
        try
        {
            // An exporter's unexpected failure names the format (exit 3 from the top-level handler); a full disk or a
            // graph outside the vocabulary is ours to report here.
            StageGuard.Run(PipelineStage.Export, $"the {format} export", () =>
            {
                if (output is null)
                {
                    exporter.Export(result.Graph, stdout);
                    stdout.Flush();
                }
                else
                {
                    using var progress = console.StartProgress(parseResult);
                    using var writing = progress.Writing(output.Name);
                    ExportToFile(exporter, result.Graph, output);
                }

                return true;
            }, IsExpected);
        }
        catch (Exception exception) when (IsExpected(exception))
        {
            stderr.WriteLine($"error: export failed: {exception.Message}");
            return ExitCodes.Failure;
        }

        stderr.WriteLine(IngestionSummary.Format(result));
        return ExitCodes.Success;
    }

    private static bool IsExpected(Exception exception) => exception is IOException or UnauthorizedAccessException or ArgumentException;

    private static void ExportToFile(IGraphExporter exporter, PropertyGraph graph, FileInfo output) =>
        FileReplacement.Write(output.ToString(), stream => exporter.Export(graph, stream));

    private static Option<string> CreateFormatOption()
    {
        var option = new Option<string>("--format", "-f")
        {
            Description = "jsonl: APOC JSON lines (apoc.import.json loads them); cypher: a cypher-shell script of MERGE statements.",
            Required = true,
        };
        option.AcceptOnlyFromAmong(Formats);
        return option;
    }
}
