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
