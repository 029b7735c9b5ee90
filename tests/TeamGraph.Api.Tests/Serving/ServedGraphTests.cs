using System.Runtime.CompilerServices;
using TeamGraph.Core.Ingestion;
using TeamGraph.GraphQL.Serving;

namespace TeamGraph.Api.Tests.Serving;

public sealed class ServedGraphTests
{
    [Fact]
    public async Task Embedded_OnceAudited_HoldsNoParsedCard_OnlyTheDocumentsBytes()
    {
        var (served, cards) = ServeSeed();

        await served.Audit!.Report;
        GC.Collect();
        GC.WaitForPendingFinalizers();
        GC.Collect();

        // A team of thousands of cards would otherwise keep every parsed card for as long as its graph is served.
        Assert.False(cards.IsAlive, "the parsed cards are still reachable from the served graph");
        Assert.Equal(8, served.Folder!.Documents.Count);
        Assert.NotEmpty(await served.Reader.GetRolesAsync(TestContext.Current.CancellationToken));
    }

    // Not inlined, so that no local of the test keeps the ingest alive.
    [MethodImpl(MethodImplOptions.NoInlining)]
    private static (ServedGraph Served, WeakReference Cards) ServeSeed()
    {
        var ingest = new FolderIngester(options: new IngestionOptions { KeepLastGood = true }).Ingest(Path.Combine(TestPaths.RepoRoot, "seed"));
        return (ServedGraph.Embedded(ingest, "seed", DateTimeOffset.UnixEpoch), new WeakReference(ingest.Cards));
    }
}
