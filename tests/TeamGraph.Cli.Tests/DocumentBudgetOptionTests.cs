namespace TeamGraph.Cli.Tests;

public sealed class DocumentBudgetOptionTests
{
    [Fact]
    public void Lint_DocumentBudgetTooSmallForAnyDocument_ReportsEveryDocumentOverItsBudget()
    {
        var seed = Path.Combine(TestPaths.RepoRoot, "seed");

        var run = CommandLineRun.Invoke("lint", seed, "--document-budget", "0.000001");

        Assert.Equal(1, run.ExitCode);
        Assert.Equal(8, run.Stdout.Split('\n').Count(line => line.StartsWith("error document-budget-exceeded ", StringComparison.Ordinal)));
    }

    [Theory]
    [InlineData("0")]
    [InlineData("-3")]
    public void Lint_DocumentBudgetNotPositive_IsAUsageError(string seconds)
    {
        var run = CommandLineRun.Invoke("lint", CommandLineRun.AnyFolder, "--document-budget", seconds);

        Assert.Equal(2, run.ExitCode);
        Assert.Contains("--document-budget", run.Stderr, StringComparison.Ordinal);
    }
}
