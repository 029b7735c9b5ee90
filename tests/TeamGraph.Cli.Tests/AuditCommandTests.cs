using System.Text.Json;

namespace TeamGraph.Cli.Tests;

public class AuditCommandTests
{
    private static readonly string Team = TestPaths.Data("audit-team");

    [Fact]
    public void Audit_TeamWithWarnings_ExitsOneAndPrintsOneLinePerFinding()
    {
        var run = CommandLineRun.Invoke("audit", Team);

        Assert.Equal(1, run.ExitCode);
        var findingLines = run.Stdout.Split(Environment.NewLine + Environment.NewLine)[0].Split(Environment.NewLine);
        Assert.Equal(17, findingLines.Length);
        Assert.Contains("warning handoff-conflicting roles/beta.md:31 'Test plan'", run.Stdout, StringComparison.Ordinal);
        Assert.StartsWith("17 findings: 1 decision-without-approver,", run.Stderr.Trim(), StringComparison.Ordinal);
    }

    [Fact]
    public void Audit_ProposedGlossaryRows_EndTheTextAsAMarkdownBlockToPaste()
    {
        var run = CommandLineRun.Invoke("audit", Team);

        Assert.EndsWith(
            """

            ## Glossary

            | Term | Equivalents | Evidence |
            |------|-------------|----------|
            | Regression verdict | Заключение по регрессу | the only rows left between Gamma Tester (GM) and Beta Builder (BT); both say Jira |

            """.ReplaceLineEndings(Environment.NewLine),
            run.Stdout,
            StringComparison.Ordinal);
        Assert.Contains("1 glossary row(s) proposed", run.Stderr, StringComparison.Ordinal);
    }

    [Fact]
    public void Audit_NoProposals_PrintsNoGlossaryBlock()
    {
        var run = CommandLineRun.Invoke("audit", TestPaths.Data("cli", "broken-and-good"));

        Assert.DoesNotContain("## Glossary", run.Stdout, StringComparison.Ordinal);
        Assert.DoesNotContain("glossary row", run.Stderr, StringComparison.Ordinal);
    }

    [Fact]
    public void Audit_Json_CarriesTheGlossaryProposalOfAProbableHandoff()
    {
        var run = CommandLineRun.Invoke("audit", Team, "--format", "json");

        using var document = JsonDocument.Parse(run.Stdout);
        var findings = document.RootElement.EnumerateArray().ToList();
        var proposal = findings.Single(f => f.GetProperty("rule").GetString() == "handoff-probable").GetProperty("glossaryProposal");
        Assert.Equal("Regression verdict", proposal.GetProperty("term").GetString());
        Assert.Equal(["Заключение по регрессу"], proposal.GetProperty("equivalents").EnumerateArray().Select(e => e.GetString()));
        Assert.Equal("the only rows left between Gamma Tester (GM) and Beta Builder (BT); both say Jira", proposal.GetProperty("evidence").GetString());
        Assert.Single(findings, f => f.TryGetProperty("glossaryProposal", out _));
        Assert.DoesNotContain("## Glossary", run.Stdout, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("error", 0)]
    [InlineData("warning", 1)]
    [InlineData("info", 1)]
    public void Audit_Severity_ChoosesWhatFails(string severity, int exitCode) =>
        Assert.Equal(exitCode, CommandLineRun.Invoke("audit", Team, "--severity", severity).ExitCode);

    [Fact]
    public void Audit_Json_ListsEverySourceOfEachFinding()
    {
        var run = CommandLineRun.Invoke("audit", Team, "--format", "json");

        using var document = JsonDocument.Parse(run.Stdout);
        var cycle = document.RootElement.EnumerateArray().Single(f => f.GetProperty("rule").GetString() == "escalation-cycle");
        Assert.Equal("warning", cycle.GetProperty("severity").GetString());
        Assert.Equal(
            ["roles/alpha.md:25", "roles/beta.md:16"],
            cycle.GetProperty("sources").EnumerateArray().Select(s => $"{s.GetProperty("path").GetString()}:{s.GetProperty("line").GetInt32()}"));
    }

    [Fact]
    public void Lint_IncludesTheAuditsFindings()
    {
        var run = CommandLineRun.Invoke("lint", Team);

        Assert.Equal(0, run.ExitCode);
        Assert.Contains("warning escalation-cycle roles/alpha.md:25", run.Stdout, StringComparison.Ordinal);
        Assert.Equal(1, CommandLineRun.Invoke("lint", Team, "--warnings-as-errors").ExitCode);
    }

    [Fact]
    public void Audit_UnknownSeverity_IsAUsageError() =>
        Assert.Equal(2, CommandLineRun.Invoke("audit", Team, "--severity", "fatal").ExitCode);

    [Fact]
    public void Audit_ToAFile_WritesThereWhatItWouldPrintAndKeepsTheExitCode()
    {
        var file = Path.Combine(Path.GetTempPath(), $"teamgraph-{Guid.NewGuid():N}.txt");
        try
        {
            var printed = CommandLineRun.Invoke("audit", Team);

            var run = CommandLineRun.Invoke("audit", Team, "-o", file);

            Assert.Equal(printed.ExitCode, run.ExitCode);
            Assert.Empty(run.Stdout);
            Assert.Equal(printed.Stdout, File.ReadAllText(file));
            Assert.Equal(printed.Stderr, run.Stderr);
        }
        finally
        {
            File.Delete(file);
        }
    }
}
