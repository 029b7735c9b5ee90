using TeamGraph.Core.Audit;
using TeamGraph.Core.Ingestion;

namespace TeamGraph.Cli.Tests;

public class ProgressPrinterTests
{
    [Fact]
    public void Report_LargeFolder_PrintsEveryTenPercentOnce()
    {
        var lines = Print(total: 120);

        Assert.Equal(10, lines.Count);
        Assert.Equal("ingesting: 10% (12/120 documents)", lines[0]);
        Assert.Equal("ingesting: 50% (60/120 documents)", lines[4]);
        Assert.Equal("ingesting: 100% (120/120 documents)", lines[9]);
    }

    [Fact]
    public void Report_FolderOfFiftyOrFewer_PrintsNothing() =>
        Assert.Empty(Print(total: ProgressPrinter.MinimumDocuments));

    [Fact]
    public void Report_JumpsAndRepeats_NeverGoBackwards()
    {
        using var stderr = new StringWriter();
        var printer = new ProgressPrinter(stderr);

        printer.Report(new IngestionProgress(70, 100, "a.md"));
        printer.Report(new IngestionProgress(30, 100, "b.md"));
        printer.Report(new IngestionProgress(70, 100, "c.md"));
        printer.Report(new IngestionProgress(100, 100, "d.md"));

        Assert.Equal("ingesting: 70% (70/100 documents)\ningesting: 100% (100/100 documents)\n", stderr.ToString().ReplaceLineEndings("\n"));
    }

    [Fact]
    public void Report_AuditOfASmallFolder_PrintsNothing()
    {
        using var stderr = new StringWriter();
        var printer = new ProgressPrinter(stderr);

        printer.Report(new IngestionProgress(3, 3, "a.md"));
        printer.Report(new IngestionProgress(0, 1, "", IngestionPhase.Building));
        printer.Report(new AuditProgress(0, 9, "handoff-status"));

        Assert.Empty(stderr.ToString());
    }

    [Fact]
    public void Report_AfterALargeRead_PrintsTheBuildAndEachAuditRuleOnce()
    {
        using var stderr = new StringWriter();
        var printer = new ProgressPrinter(stderr);

        printer.Report(new IngestionProgress(100, 100, "a.md"));
        printer.Report(new IngestionProgress(0, 1, "", IngestionPhase.Building));
        printer.Report(new IngestionProgress(1, 1, "", IngestionPhase.Building));
        printer.Report(new AuditProgress(0, 2, "handoff-status"));
        printer.Report(new AuditProgress(1, 2, "map-drift"));
        printer.Report(new AuditProgress(2, 2, null));

        Assert.Equal(
            "ingesting: 100% (100/100 documents)\nbuilding: resolving names and matching handoffs across the cards\n"
            + "auditing: rule 1/2 (handoff-status)\nauditing: rule 2/2 (map-drift)\n",
            stderr.ToString().ReplaceLineEndings("\n"));
    }

    private static List<string> Print(int total)
    {
        using var stderr = new StringWriter();
        var printer = new ProgressPrinter(stderr);
        for (var done = 1; done <= total; done++)
        {
            printer.Report(new IngestionProgress(done, total, $"roles/{done}.md"));
        }

        return [.. stderr.ToString().ReplaceLineEndings("\n").Split('\n', StringSplitOptions.RemoveEmptyEntries)];
    }
}
