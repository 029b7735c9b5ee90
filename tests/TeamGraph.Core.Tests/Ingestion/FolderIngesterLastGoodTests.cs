using TeamGraph.Core.Diagnostics;
using TeamGraph.Core.Ingestion;

namespace TeamGraph.Core.Tests.Ingestion;

/// <summary>The last good version of each document: a card that loaded before and fails now keeps its facts, marked stale.</summary>
public sealed class FolderIngesterLastGoodTests : IDisposable
{
    private static readonly IngestionOptions Quick = new() { SettleTime = TimeSpan.FromMilliseconds(20), SettleRetries = 2, KeepLastGood = true };

    // A PNG signature and then more bytes than the card had, so the file does not look half-written, only refused.
    private static readonly byte[] Png = [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, .. new byte[20_000]];

    private readonly string _root = Directory.CreateTempSubdirectory("teamgraph-lastgood-").FullName;

    public FolderIngesterLastGoodTests()
    {
        foreach (var card in new[] { "good.md", "ops.md" })
        {
            File.Copy(TestPaths.Data("bad-input", "roles", card), Path.Combine(_root, card));
        }
    }

    private string Good => Path.Combine(_root, "good.md");

    [Fact]
    public void Ingest_CardNowRefusedByTheDecoder_KeepsItsLastGoodFactsMarkedStale()
    {
        var ingester = new FolderIngester(options: Quick);
        var first = ingester.Ingest(_root, cancellationToken: TestContext.Current.CancellationToken);
        File.WriteAllBytes(Good, Png);

        var second = ingester.Ingest(_root, first.LastGood, cancellationToken: TestContext.Current.CancellationToken);

        Assert.NotNull(second.Graph.FindNode("role:RM"));
        var document = second.Graph.FindNode("doc:good.md")!;
        Assert.Equal(true, document.Properties["stale"]);
        Assert.StartsWith("binary-content", (string)document.Properties["staleReason"], StringComparison.Ordinal);
        Assert.Contains(second.Diagnostics, d => d.Path == "good.md" && d.Code == IngestionDiagnosticCodes.StaleDocument);
        Assert.Contains(second.Diagnostics, d => d.Path == "good.md" && d.Severity == DiagnosticSeverity.Error);
        Assert.False(second.Graph.FindNode("doc:ops.md")!.Properties.ContainsKey("stale"));
    }

    [Fact]
    public void Ingest_CardThatLoadsAgain_IsNoLongerStale()
    {
        var ingester = new FolderIngester(options: Quick);
        var text = File.ReadAllBytes(Good);
        var first = ingester.Ingest(_root, cancellationToken: TestContext.Current.CancellationToken);
        File.WriteAllBytes(Good, Png);
        var stale = ingester.Ingest(_root, first.LastGood, cancellationToken: TestContext.Current.CancellationToken);
        File.WriteAllBytes(Good, text);

        var third = ingester.Ingest(_root, stale.LastGood, cancellationToken: TestContext.Current.CancellationToken);

        Assert.False(third.Graph.FindNode("doc:good.md")!.Properties.ContainsKey("stale"));
    }

    [Fact]
    public void Ingest_CardStillBrokenAtTheNextIngest_StaysTheSameLastGoodVersion()
    {
        var ingester = new FolderIngester(options: Quick);
        var first = ingester.Ingest(_root, cancellationToken: TestContext.Current.CancellationToken);
        File.WriteAllBytes(Good, Png);
        var stale = ingester.Ingest(_root, first.LastGood, cancellationToken: TestContext.Current.CancellationToken);

        var still = ingester.Ingest(_root, stale.LastGood, cancellationToken: TestContext.Current.CancellationToken);

        // Kept as the bytes it loaded from, not the bytes that broke it: the same facts come back each time.
        var original = first.Graph.FindNode("doc:good.md")!.Properties["sha256"];
        Assert.Equal(original, still.Graph.FindNode("doc:good.md")!.Properties["sha256"]);
        Assert.Equal(true, still.Graph.FindNode("doc:good.md")!.Properties["stale"]);
        Assert.Equal(
            first.Graph.Relationships.Where(r => r.StartId == "role:RM").Select(r => r.Id),
            still.Graph.Relationships.Where(r => r.StartId == "role:RM").Select(r => r.Id));
        Assert.Equal(first.LastGood.ByteCount, still.LastGood.ByteCount);
    }

    [Fact]
    public void Ingest_KeepsEachDocumentAsTheBytesItRead()
    {
        var ingest = new FolderIngester(options: Quick).Ingest(_root, cancellationToken: TestContext.Current.CancellationToken);

        Assert.Equal(2, ingest.LastGood.Count);
        Assert.Equal(new FileInfo(Good).Length + new FileInfo(Path.Combine(_root, "ops.md")).Length, ingest.LastGood.ByteCount);
    }

    [Fact]
    public void Ingest_ByDefault_KeepsNoBytes()
    {
        Assert.Equal(0, new FolderIngester().Ingest(_root, cancellationToken: TestContext.Current.CancellationToken).LastGood.Count);
    }

    [Fact]
    public void Ingest_CardDeleted_IsDroppedNotKept()
    {
        var ingester = new FolderIngester(options: Quick);
        var first = ingester.Ingest(_root, cancellationToken: TestContext.Current.CancellationToken);
        File.Delete(Good);

        Assert.Null(ingester.Ingest(_root, first.LastGood, cancellationToken: TestContext.Current.CancellationToken).Graph.FindNode("doc:good.md"));
    }

    [Fact]
    public void Ingest_CardCutMidLine_IsRetriedThenKeptStaleWithAnError()
    {
        var ingester = new FolderIngester(options: Quick);
        var first = ingester.Ingest(_root, cancellationToken: TestContext.Current.CancellationToken);
        var text = File.ReadAllText(Good);
        File.WriteAllText(Good, text[..(text.IndexOf("| Ops | Release notes", StringComparison.Ordinal) + 8)]);

        var second = ingester.Ingest(_root, first.LastGood, cancellationToken: TestContext.Current.CancellationToken);

        var error = Assert.Single(second.Diagnostics, d => d.Code == IngestionDiagnosticCodes.StillBeingWritten);
        Assert.Equal(("good.md", DiagnosticSeverity.Error), (error.Path, error.Severity));
        Assert.Equal(true, second.Graph.FindNode("doc:good.md")!.Properties["stale"]);
        Assert.Contains(second.Graph.Relationships, r => r.StartId == "role:RM");
    }

    [Fact]
    public void Ingest_CardCutMidLineThenFinished_UsesTheFinishedFileAfterARetry()
    {
        var first = new FolderIngester(options: Quick).Ingest(_root, cancellationToken: TestContext.Current.CancellationToken);
        var text = File.ReadAllText(Good);
        File.WriteAllText(Good, text[..(text.IndexOf("| Ops | Release notes", StringComparison.Ordinal) + 8)]);
        var finished = text.Replace("Release notes", "Release notes v2", StringComparison.Ordinal);
        var time = new WriterFinishingTimeProvider(() => File.WriteAllText(Good, finished));

        var second = new FolderIngester(options: Quick, time: time).Ingest(_root, first.LastGood, cancellationToken: TestContext.Current.CancellationToken);

        Assert.True(time.Waits > 0);
        Assert.DoesNotContain(second.Diagnostics, d => d.Path == "good.md" && d.Severity == DiagnosticSeverity.Error);
        Assert.False(second.Graph.FindNode("doc:good.md")!.Properties.ContainsKey("stale"));
        Assert.Contains(second.Graph.Nodes, n => n.Properties.TryGetValue("what", out var what) && what is "Release notes v2");
    }

    public void Dispose() => Directory.Delete(_root, recursive: true);

    /// <summary>System time, except that a settle wait first lets the writer finish the file, then ends at once.</summary>
    private sealed class WriterFinishingTimeProvider(Action finish) : TimeProvider
    {
        public int Waits { get; private set; }

        public override ITimer CreateTimer(TimerCallback callback, object? state, TimeSpan dueTime, TimeSpan period)
        {
            if (dueTime != Quick.SettleTime)
            {
                return System.CreateTimer(callback, state, dueTime, period);
            }

            Waits++;
            finish();
            return System.CreateTimer(callback, state, TimeSpan.Zero, period);
        }
    }
}
