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
        var lines = run.Stdout.Split('\n', StringSplitOptions.RemoveEmptyEntries);
        Assert.Equal(15, lines.Length);
        Assert.Contains("warning handoff-conflicting roles/beta.md:30 'Test plan'", run.Stdout, StringComparison.Ordinal);
        Assert.StartsWith("15 findings: 1 decision-without-approver,", run.Stderr.Trim(), StringComparison.Ordinal);
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
}
