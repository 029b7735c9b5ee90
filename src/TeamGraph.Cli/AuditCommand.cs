using System.CommandLine;
using TeamGraph.Core.Audit;
using TeamGraph.Core.Diagnostics;

namespace TeamGraph.Cli;

/// <summary>
/// <c>teamgraph audit &lt;dir&gt; [--format text|json|sarif|github] [-o file] [--path-prefix p] [--severity info|warning|error]</c>:
/// where the team's documents
/// disagree with each other; exit 1 when a finding is at or above the chosen severity (default warning). The text
/// format ends, when findings propose glossary rows, with a <c>## Glossary</c> block to paste into the registry.
/// </summary>
internal sealed class AuditCommand(TextWriter stdout, TextWriter stderr, FolderIngest ingest, CommandConsole console)
{
    private readonly Argument<DirectoryInfo> _folder = FolderArgument.Create();

    private readonly Option<string> _format = OutputFormat.CreateOption(
        "How to print findings: one per line, a JSON array with every source, a SARIF 2.1.0 log, or GitHub Actions annotations.");

    private readonly ReportOutputOptions _report = new();

    private readonly Option<string> _severity = CreateSeverityOption();

    public Command Create()
    {
        var command = new Command("audit", "Find where the role cards disagree: one-sided, conflicting or probable handoffs, unknown actors, map drift, broken links, escalation problems; handoffs the cards name differently get a glossary row to paste into the registry.")
        {
            _folder, _format, _report.Output, _report.PathPrefix, _severity,
        };
        command.SetAction(Run);
        return command;
    }

    private int Run(ParseResult parseResult)
    {
        IReadOnlyList<AuditFinding> findings;
        using (var progress = console.StartProgress(parseResult))
        {
            var result = new FolderIngestionRunner(ingest, stderr).Run(parseResult.GetRequiredValue(_folder), progress);
            if (result is null)
            {
                return ExitCodes.Failure;
            }

            findings = TeamAuditor.Audit(result, progress);
        }

        var proposals = GlossaryProposalTable.Rows(findings);
        var paths = _report.Paths(parseResult, parseResult.GetRequiredValue(_folder));
        var written = _report.Write(parseResult, stdout, stderr, console.Stdout, (output, palette) =>
        {
            switch (parseResult.GetValue(_format))
            {
                case OutputFormat.Json:
                    output.WriteLine(AuditJsonFormatter.Format(findings));
                    break;
                case OutputFormat.Sarif:
                    output.WriteLine(SarifLogFormatter.Format([.. findings.Select(ReportedFinding.From)], DiagnosticCatalog.AuditRules, paths));
                    break;
                case OutputFormat.GitHub:
                    output.Write(GitHubAnnotationFormatter.Format(findings.Select(ReportedFinding.From), paths));
                    break;
                default:
                    WriteText(output, findings, proposals, palette);
                    break;
            }
        });
        if (!written)
        {
            return ExitCodes.Failure;
        }

        var failAt = Enum.Parse<DiagnosticSeverity>(parseResult.GetRequiredValue(_severity), ignoreCase: true);
        var counts = string.Join(", ", findings.GroupBy(f => f.Rule).OrderBy(g => g.Key, StringComparer.Ordinal).Select(g => $"{g.Count()} {g.Key}"));
        stderr.WriteLine($"{findings.Count} findings{(counts.Length > 0 ? $": {counts}" : "")}");
        if (proposals.Count > 0)
        {
            stderr.WriteLine($"{proposals.Count} glossary row(s) proposed: add them to the registry's glossary (team-structure.md) where the names do mean one handoff.");
        }

        return findings.Any(f => f.Severity >= failAt) ? ExitCodes.Failure : ExitCodes.Success;
    }

    private static void WriteText(TextWriter output, IReadOnlyList<AuditFinding> findings, IReadOnlyList<GlossaryProposal> proposals, SeverityPalette palette)
    {
        foreach (var finding in findings)
        {
            output.WriteLine(palette.Line(finding.ToDiagnostic()));
        }

        var glossary = GlossaryProposalTable.Format(proposals);
        if (glossary.Length > 0)
        {
            output.WriteLine();
            output.Write(glossary.ReplaceLineEndings(output.NewLine));
        }
    }

    private static Option<string> CreateSeverityOption()
    {
        var option = new Option<string>("--severity", "-s")
        {
            Description = "Exit 1 when a finding is at or above this severity.",
            DefaultValueFactory = _ => "warning",
        };
        option.AcceptOnlyFromAmong("info", "warning", "error");
        return option;
    }
}
