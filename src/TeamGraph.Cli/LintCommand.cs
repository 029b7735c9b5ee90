using System.CommandLine;
using TeamGraph.Core.Audit;
using TeamGraph.Core.Diagnostics;
using TeamGraph.Core.Ingestion;

namespace TeamGraph.Cli;

/// <summary>
/// <c>teamgraph lint &lt;dir&gt; [--format text|json|sarif|github] [-o file] [--path-prefix p] [--warnings-as-errors]</c>:
/// every diagnostic of an ingest on stdout (or in the file), followed by the audit's findings; exit 1 on errors (or
/// warnings, when asked), 0 otherwise.
/// </summary>
internal sealed class LintCommand(TextWriter stdout, TextWriter stderr, FolderIngest ingest, CommandConsole console)
{
    private readonly Argument<DirectoryInfo> _folder = FolderArgument.Create();

    private readonly Option<string> _format = OutputFormat.CreateOption(
        "How to print diagnostics: one per line, a JSON array, a SARIF 2.1.0 log, or GitHub Actions annotations.");

    private readonly ReportOutputOptions _report = new();

    private readonly Option<bool> _warningsAsErrors = new("--warnings-as-errors")
    {
        Description = "Fail (exit 1) on warnings too, not only on errors.",
    };

    public Command Create()
    {
        var command = new Command("lint", "Check a folder of role cards and list every diagnostic.")
        {
            _folder, _format, _report.Output, _report.PathPrefix, _warningsAsErrors,
        };
        command.SetAction(Run);
        return command;
    }

    private int Run(ParseResult parseResult)
    {
        IngestionResult? result;
        List<ReportedFinding> findings;
        using (var progress = console.StartProgress(parseResult))
        {
            result = new FolderIngestionRunner(ingest, stderr).Run(parseResult.GetRequiredValue(_folder), progress);
            if (result is null)
            {
                return ExitCodes.Failure;
            }

            // The audit's findings are part of lint: one command tells a team everything wrong with its documents.
            findings = [.. result.Diagnostics.Select(ReportedFinding.From), .. TeamAuditor.Audit(result, progress).Select(ReportedFinding.From)];
        }

        var diagnostics = findings.Select(f => f.Diagnostic).ToList();
        var paths = _report.Paths(parseResult, parseResult.GetRequiredValue(_folder));
        var written = _report.Write(parseResult, stdout, stderr, console.Stdout, (output, palette) =>
        {
            switch (parseResult.GetValue(_format))
            {
                case OutputFormat.Json:
                    output.WriteLine(DiagnosticJsonFormatter.Format(diagnostics));
                    break;
                case OutputFormat.Sarif:
                    output.WriteLine(SarifLogFormatter.Format(findings, DiagnosticCatalog.All, paths));
                    break;
                case OutputFormat.GitHub:
                    output.Write(GitHubAnnotationFormatter.Format(findings, paths));
                    break;
                default:
                    foreach (var diagnostic in diagnostics)
                    {
                        output.WriteLine(palette.Line(diagnostic));
                    }

                    break;
            }
        });

        stderr.WriteLine(IngestionSummary.Format(result, diagnostics, console.Stderr));
        if (!written)
        {
            return ExitCodes.Failure;
        }

        var failAt = parseResult.GetValue(_warningsAsErrors) ? DiagnosticSeverity.Warning : DiagnosticSeverity.Error;
        return diagnostics.Any(d => d.Severity >= failAt) ? ExitCodes.Failure : ExitCodes.Success;
    }
}
