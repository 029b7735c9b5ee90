using System.CommandLine;
using System.Text;
using TeamGraph.Core.Diagnostics;
using TeamGraph.Core.Export;
using TeamGraph.Core.Graph;

namespace TeamGraph.Cli;

/// <summary>
/// <c>teamgraph export &lt;dir&gt; --format jsonl|cypher [-o file]</c>: the graph of a folder as APOC JSON lines or a
/// cypher-shell script, on stdout or into a file. Documents that fail to load are left out and their errors listed on
/// stderr; the export itself still succeeds (use <c>lint</c> to gate on them).
/// </summary>
internal sealed class ExportCommand(TextWriter stdout, TextWriter stderr, FolderIngest ingest)
{
    private static readonly Dictionary<string, IGraphExporter> Exporters = new(StringComparer.Ordinal)
    {
        ["jsonl"] = new JsonLinesGraphExporter(),
        ["cypher"] = new CypherScriptGraphExporter(),
    };

    private static readonly UTF8Encoding Utf8WithoutBom = new(encoderShouldEmitUTF8Identifier: false);

    private readonly Argument<DirectoryInfo> _folder = FolderArgument.Create();
    private readonly Option<string> _format = CreateFormatOption();
    private readonly Option<FileInfo?> _output = CreateOutputOption();

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
        var result = new FolderIngestionRunner(ingest, stderr).Run(parseResult.GetRequiredValue(_folder));
        if (result is null)
        {
            return ExitCodes.Failure;
        }

        foreach (var error in result.Diagnostics.Where(d => d.Severity == DiagnosticSeverity.Error))
        {
            stderr.WriteLine(error.ToString());
        }

        var exporter = Exporters[parseResult.GetRequiredValue(_format)];
        var output = parseResult.GetValue(_output);
        try
        {
            if (output is null)
            {
                exporter.Export(result.Graph, stdout);
                stdout.Flush();
            }
            else
            {
                ExportToFile(exporter, result.Graph, output);
            }
        }
        catch (Exception exception) when (exception is IOException or UnauthorizedAccessException or ArgumentException)
        {
            stderr.WriteLine($"error: export failed: {exception.Message}");
            return ExitCodes.Failure;
        }

        stderr.WriteLine(IngestionSummary.Format(result));
        return ExitCodes.Success;
    }

    // Through a temporary file in the same folder, so an existing file is never left half-overwritten.
    private static void ExportToFile(IGraphExporter exporter, PropertyGraph graph, FileInfo output)
    {
        var temporary = Path.Combine(output.DirectoryName ?? ".", $".{output.Name}.{Guid.NewGuid():N}.tmp");
        try
        {
            using (var writer = new StreamWriter(temporary, append: false, Utf8WithoutBom))
            {
                exporter.Export(graph, writer);
            }

            File.Move(temporary, output.FullName, overwrite: true);
        }
        finally
        {
            File.Delete(temporary);
        }
    }

    private static Option<string> CreateFormatOption()
    {
        var option = new Option<string>("--format", "-f")
        {
            Description = "jsonl: APOC JSON lines (apoc.import.json loads them); cypher: a cypher-shell script of MERGE statements.",
            Required = true,
        };
        option.AcceptOnlyFromAmong([.. Exporters.Keys]);
        return option;
    }

    private static Option<FileInfo?> CreateOutputOption()
    {
        var option = new Option<FileInfo?>("--output", "-o") { Description = "Write to this file instead of stdout." };
        option.Validators.Add(result =>
        {
            var given = result.Tokens.Count > 0 ? result.Tokens[0].Value : null;
            var folder = given is null ? null : Path.GetDirectoryName(Path.GetFullPath(given));
            if (Directory.Exists(given))
            {
                result.AddError($"Output '{given}' is a directory, not a file.");
            }
            else if (folder is not null && !Directory.Exists(folder))
            {
                result.AddError($"Directory '{folder}' of output file '{given}' does not exist.");
            }
        });
        return option;
    }
}
