namespace TeamGraph.Cli.Tests;

/// <summary>Progress on stderr with the real ingester, on a generated folder of more than fifty cards.</summary>
public sealed class LargeFolderTests : IDisposable
{
    private const int Cards = 60;
    private readonly string _folder = Directory.CreateTempSubdirectory("teamgraph-large-").FullName;

    public LargeFolderTests()
    {
        var template = File.ReadAllText(TestPaths.Data("cli", "broken-and-good", "qa-engineer.md"));
        for (var i = 1; i <= Cards; i++)
        {
            var card = template.Replace("QA Engineer", $"Role {i:D2}", StringComparison.Ordinal)
                .Replace("| QA |", $"| R{i:D2} |", StringComparison.Ordinal);
            File.WriteAllText(Path.Combine(_folder, $"role-{i:D2}.md"), card);
        }
    }

    [Fact]
    public void Lint_SixtyCards_PrintsProgressInTenPercentSteps()
    {
        var run = CommandLineRun.Invoke("lint", _folder);

        var progress = run.Stderr.ReplaceLineEndings("\n").Split('\n').Where(l => l.StartsWith("ingesting: ", StringComparison.Ordinal)).ToList();
        // The ingester may report from several threads, so a step can be overtaken, but never printed twice.
        Assert.InRange(progress.Count, 2, 10);
        Assert.Equal(progress.Distinct().Count(), progress.Count);
        Assert.Equal($"ingesting: 100% ({Cards}/{Cards} documents)", progress[^1]);
        Assert.Contains($"{Cards} documents, ", run.Stderr, StringComparison.Ordinal);
    }

    [Fact]
    public void Lint_SixtyCardsRedirected_PrintsAPlainLineForEachLaterStep()
    {
        var run = CommandLineRun.Invoke("lint", _folder);

        var lines = run.Stderr.ReplaceLineEndings("\n").Split('\n').SkipWhile(l => l.StartsWith("ingesting: ", StringComparison.Ordinal)).ToList();
        Assert.Equal("building: resolving names and matching handoffs across the cards", lines[0]);
        Assert.Equal("auditing: rule 1/9 (handoff-status)", lines[1]);
        Assert.Equal("auditing: rule 9/9 (escalation-cycle)", lines[9]);
        Assert.StartsWith($"{Cards} documents, ", lines[10], StringComparison.Ordinal);
    }

    [Fact]
    public void Lint_SixtyCardsQuiet_PrintsOnlyTheSummary()
    {
        var run = CommandLineRun.Invoke("lint", _folder, "-q");

        Assert.Equal(0, run.ExitCode);
        Assert.Matches($@"^{Cards} documents, [^\n]+\n$", run.Stderr.ReplaceLineEndings("\n"));
    }

    public void Dispose() => Directory.Delete(_folder, recursive: true);
}
