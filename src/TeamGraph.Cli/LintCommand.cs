using System.CommandLine;
using TeamGraph.Core.Audit;
using TeamGraph.Core.Diagnostics;
using TeamGraph.Core.Ingestion;

namespace TeamGraph.Cli;

/// <summary>
/// <c>teamgraph lint &lt;dir&gt; [--format text|json] [--warnings-as-errors]</c>: every diagnostic of an ingest on
/// stdout, followed by the audit's findings; exit 1 on errors (or warnings, when asked), 0 otherwise.
/// </summary>
internal sealed class LintCommand(TextWriter stdout, TextWriter stderr, FolderIngest ingest, CommandConsole console)
{
    private readonly Argument<DirectoryInfo> _folder = FolderArgument.Create();

    private readonly Option<string> _format = OutputFormat.CreateOption("How to print diagnostics: one per line, or a JSON array.");

    private readonly Option<bool> _warningsAsErrors = new("--warnings-as-errors")
    {
        Description = "Fail (exit 1) on warnings too, not only on errors.",
    };

    public Command Create()
    {
        var command = new Command("lint", "Check a folder of role cards and list every diagnostic.")
        {
            _folder, _format, _warningsAsErrors,
        };
        command.SetAction(Run);
        return command;
    }

    private int Run(ParseResult parseResult)
    {
        IngestionResult? result;
        List<Diagnostic> diagnostics;
        using (var progress = console.StartProgress(parseResult))
        {
            result = new FolderIngestionRunner(ingest, stderr).Run(parseResult.GetRequiredValue(_folder), progress);
            if (result is null)
            {
                return ExitCodes.Failure;
            }

            // The audit's findings are part of lint: one command tells a team everything wrong with its documents.
            diagnostics = [.. result.Diagnostics.Concat(TeamAuditor.Audit(result, progress).Select(f => f.ToDiagnostic()))];
        }

        if (parseResult.GetValue(_format) == OutputFormat.Json)
        {
            stdout.WriteLine(DiagnosticJsonFormatter.Format(diagnostics));
        }
        else
        {
            foreach (var diagnostic in diagnostics)
            {
                stdout.WriteLine(console.Stdout.Line(diagnostic));
            }
        }

        stdout.Flush();
        stderr.WriteLine(IngestionSummary.Format(result, diagnostics, console.Stderr));
        var failAt = parseResult.GetValue(_warningsAsErrors) ? DiagnosticSeverity.Warning : DiagnosticSeverity.Error;
        return diagnostics.Any(d => d.Severity >= failAt) ? ExitCodes.Failure : ExitCodes.Success;
    }
}
