using TeamGraph.Core.Cards;
using TeamGraph.Core.Diagnostics;
using TeamGraph.Core.Ingestion;
using TeamGraph.Core.Ingestion.Markdown;

namespace TeamGraph.Core.Tests.Ingestion;

/// <summary>Bounded work: special files, link bombs and slow documents cost at most their budget, and the rest loads.</summary>
public sealed class FolderIngesterBoundsTests : IDisposable
{
    private readonly string _root = Directory.CreateTempSubdirectory("teamgraph-bounds-").FullName;

    public FolderIngesterBoundsTests() => File.Copy(TestPaths.Data("bad-input", "roles", "good.md"), Path.Combine(_root, "good.md"));

    [Fact(Timeout = 60_000)]
    public async Task Ingest_FifoNamedMd_IsSkippedWithADiagnosticAndTheRestLoads()
    {
        DocumentFileReaderTests.MakeFifo("pipe.md", _root);

        var result = await Task.Run(() => new FolderIngester().Ingest(_root, cancellationToken: TestContext.Current.CancellationToken), TestContext.Current.CancellationToken);

        Assert.Equal(IngestionDiagnosticCodes.NotARegularFile, Assert.Single(result.Diagnostics, d => d.Path == "pipe.md").Code);
        Assert.NotNull(result.Graph.FindNode("role:RM"));
    }

    [Fact(Timeout = 120_000)]
    public async Task Ingest_LinkBomb_CompletesWithAWarningOnItsLineAndTheCardLoads()
    {
        File.WriteAllText(Path.Combine(_root, "bomb.md"),
            "# Bomb\n\n## Identity\n\n| Параметр | Значение |\n|---|---|\n| **Код роли** | BOMB |\n\n" + string.Concat(Enumerable.Repeat("[a](", 80_000)) + "\n");

        var result = await Task.Run(() => new FolderIngester().Ingest(_root, cancellationToken: TestContext.Current.CancellationToken), TestContext.Current.CancellationToken);

        var warning = Assert.Single(result.Diagnostics, d => d.Code == MarkdownDiagnosticCodes.TooManyInlineDelimiters);
        Assert.Equal(("bomb.md", 9, DiagnosticSeverity.Warning), (warning.Path, warning.Line, warning.Severity));
        Assert.NotNull(result.Graph.FindNode("role:BOMB"));
        Assert.NotNull(result.Graph.FindNode("role:RM"));
    }

    [Fact(Timeout = 60_000)]
    public async Task Ingest_DocumentOverItsBudget_IsAnErrorAndTheOthersLoad()
    {
        File.WriteAllText(Path.Combine(_root, "slow.md"), "# Slow\n");
        using var release = new ManualResetEventSlim();
        var pipeline = IngestionPipeline.Default with { CardParser = new StallingParser("slow.md", release) };
        var ingester = new FolderIngester(pipeline, new IngestionOptions { DocumentBudget = TimeSpan.FromSeconds(3) }); // ample for good.md on a busy machine

        try
        {
            var result = await Task.Run(() => ingester.Ingest(_root, cancellationToken: TestContext.Current.CancellationToken), TestContext.Current.CancellationToken);

            var error = Assert.Single(result.Diagnostics, d => d.Path == "slow.md");
            Assert.Equal((IngestionDiagnosticCodes.BudgetExceeded, DiagnosticSeverity.Error), (error.Code, error.Severity));
            Assert.NotNull(result.Graph.FindNode("role:RM"));
        }
        finally
        {
            release.Set();
        }
    }

    public void Dispose() => Directory.Delete(_root, recursive: true);

    /// <summary>Parses as usual, except that one document's parse does not return until released, as a pathological input would.</summary>
    private sealed class StallingParser(string stalls, ManualResetEventSlim release) : IRoleCardParser
    {
        public RoleCard Parse(string path, string text, ICollection<Diagnostic> diagnostics)
        {
            if (path == stalls)
            {
                release.Wait(TimeSpan.FromMinutes(1));
            }

            return new RoleCardParser().Parse(path, text, diagnostics);
        }
    }
}
