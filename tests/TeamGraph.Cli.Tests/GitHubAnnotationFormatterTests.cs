using TeamGraph.Core.Diagnostics;

namespace TeamGraph.Cli.Tests;

/// <summary><c>--format github</c>: one GitHub Actions workflow command per finding, escaped as GitHub specifies.</summary>
public class GitHubAnnotationFormatterTests
{
    private static readonly string Seed = Path.Combine(TestPaths.RepoRoot, "seed");

    [Fact]
    public void GitHub_MessageAndPathWithSpecialCharacters_AreEscaped()
    {
        var diagnostic = new Diagnostic(DiagnosticSeverity.Error, "mermaid-syntax-error", "roles/a,b:c.md", 7, "100% broken:\r\nline two, and more", 3);

        var run = CommandLineRun.Invoke(CommandLineRun.Result(diagnostic), "lint", CommandLineRun.AnyFolder, "--format", "github", "--path-prefix", "docs");

        Assert.Equal(1, run.ExitCode);
        Assert.Equal(
            "::error file=docs/roles/a%2Cb%3Ac.md,line=7,col=3,title=mermaid-syntax-error::100%25 broken:%0D%0Aline two, and more\n",
            run.Stdout);
    }

    [Theory]
    [InlineData("a%b", "a%25b")]
    [InlineData("x\ny\rz", "x%0Ay%0Dz")]
    [InlineData("k: v, w", "k: v, w")]
    [InlineData("%0A", "%250A")]
    public void EscapeData_EscapesPercentCarriageReturnAndLineFeedOnly(string value, string expected) =>
        Assert.Equal(expected, GitHubAnnotationFormatter.EscapeData(value));

    [Theory]
    [InlineData("a%b", "a%25b")]
    [InlineData("x\ny\rz", "x%0Ay%0Dz")]
    [InlineData("k: v, w", "k%3A v%2C w")]
    public void EscapeProperty_AlsoEscapesColonAndComma(string value, string expected) =>
        Assert.Equal(expected, GitHubAnnotationFormatter.EscapeProperty(value));

    [Fact]
    public void GitHub_Severities_BecomeErrorWarningAndNotice()
    {
        var run = CommandLineRun.Invoke(
            CommandLineRun.Result(CommandLineRun.Error(), CommandLineRun.Warning(), CommandLineRun.Info()), "lint", CommandLineRun.AnyFolder, "--format", "github", "--path-prefix", "");

        Assert.Equal(
            [
                "::error file=roles/logo.md,title=binary-file::The file is binary, not text.",
                "::warning file=roles/qa.md,line=12,col=5,title=unresolved-name::No role named \"Ops\" — кто это?",
                "::notice file=roles/devops-engineer.md,title=encoding-repaired::Repaired Mac Roman mojibake.",
            ],
            run.Stdout.TrimEnd('\n').Split('\n'));
    }

    [Fact]
    public void GitHub_LintOfTheSeed_PrintsOneCommandPerDiagnosticAndExitsZero()
    {
        var text = CommandLineRun.Invoke("lint", Seed).Stdout.ReplaceLineEndings("\n").TrimEnd('\n').Split('\n');

        var run = CommandLineRun.Invoke("lint", Seed, "--format", "github", "--path-prefix", "seed");

        Assert.Equal(0, run.ExitCode);
        var lines = run.Stdout.TrimEnd('\n').Split('\n');
        Assert.Equal(text.Length, lines.Length);
        Assert.All(lines, line => Assert.Matches("^::(error|warning|notice) file=seed/[^,]+(,line=[0-9]+(,col=[0-9]+)?)?,title=[a-z-]+::[^\r\n]+$", line));
        Assert.Contains(lines, line => line.StartsWith("::warning file=seed/roles/devops-engineer.md,line=213,title=handoff-conflicting::'Staging deployments'", StringComparison.Ordinal));
    }

    [Fact]
    public void GitHub_AuditFindingAboveTheSeverity_ExitsOne()
    {
        var run = CommandLineRun.Invoke("audit", Seed, "--format", "github");

        Assert.Equal(1, run.ExitCode);
        Assert.Contains("handoff-one-sided", run.Stdout, StringComparison.Ordinal);
    }
}
