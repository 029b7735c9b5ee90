using TeamGraph.Core.Ingestion;
using TeamGraph.Core.Store;
using TeamGraph.Neo4j.Client;
using TeamGraph.Neo4j.Reader;
using TeamGraph.Neo4j.Writer;
using TeamGraph.Testing.Fakes;

namespace TeamGraph.Neo4j.Tests.Report;

/// <summary>
/// The ingest report written with the graph (over the fake Query API): it comes back whole, an ingest that changes
/// nothing keeps the stored version, any change gets a new one, and two scopes are served as one report.
/// </summary>
public sealed class IngestReportTests : IAsyncDisposable
{
    private static readonly Lazy<IngestionResult> SeedIngest = new(() => new FolderIngester().Ingest(Path.Combine(TestPaths.RepoRoot, "seed")));
    private readonly FakeNeo4jServer _server = new();
    private readonly HttpClient _http = new();

    private static CancellationToken Token => TestContext.Current.CancellationToken;

    [Fact]
    public async Task Write_SameGraphAndFindingsAgain_KeepsTheStoredVersionAndSaysNoChanges()
    {
        var first = Report(SeedIngest.Value, 1);
        var again = Report(SeedIngest.Value, 2);

        var written = await Writer().WriteAsync(SeedIngest.Value.Graph, "seed", report: first, cancellationToken: Token);
        var rewritten = await Writer().WriteAsync(SeedIngest.Value.Graph, "seed", report: again, cancellationToken: Token);

        Assert.Equal(first.Version, written.ReportVersion);
        Assert.Null(rewritten.ReportVersion);
        Assert.Equal("no changes", rewritten.ToString());
        Assert.Equal(first.Version, await Reader().GetVersionAsync(Token));
        Assert.Equal(first.IngestedAt, (await Reader().GetReportAsync(Token)).IngestedAt);
    }

    [Fact]
    public async Task Write_ChangedGraphWithTheSameFindings_WritesTheNewVersion()
    {
        await Writer().WriteAsync(SeedIngest.Value.Graph, "seed", report: Report(SeedIngest.Value, 1), cancellationToken: Token);
        var graph = SeedIngest.Value.Graph;
        var renamed = new Core.Graph.PropertyGraph(
            graph.Nodes.Select(n => n.Id == "role:DO" ? n with { Properties = new Dictionary<string, object>(n.Properties) { ["mission"] = "Keep it running" } } : n),
            graph.Relationships);
        var second = Report(SeedIngest.Value, 2);

        var summary = await Writer().WriteAsync(renamed, "seed", report: second, cancellationToken: Token);

        Assert.Equal(second.Version, summary.ReportVersion);
        Assert.EndsWith($"; report version {second.Version}", summary.ToString(), StringComparison.Ordinal);
        Assert.Equal(second.Version, await Reader().GetVersionAsync(Token));
    }

    [Fact]
    public async Task Read_TwoScopes_AreServedAsOneReportWhoseVersionChangesWithEither()
    {
        var seed = Report(SeedIngest.Value, 1) with { Source = "seed" };
        var other = GraphReport.OfGraph(Core.Graph.PropertyGraph.Empty) with { Source = "other", Counts = GraphCounts.None with { Documents = 2 } };
        await Writer().WriteAsync(SeedIngest.Value.Graph, "seed", report: seed, cancellationToken: Token);
        await Writer().WriteAsync(Core.Graph.PropertyGraph.Empty, "other", report: other, cancellationToken: Token);

        var combined = await Reader().GetReportAsync(Token);

        Assert.Equal("other, seed", combined.Source);
        Assert.Equal($"{other.Version},{seed.Version}", combined.Version);
        Assert.Equal(combined.Version, await Reader().GetVersionAsync(Token));
        Assert.Equal(seed.Counts.Documents + 2, combined.Counts.Documents);
        Assert.Equal(seed.Findings.Count, combined.Findings.Count);
    }

    [Fact]
    public async Task Read_NothingIngested_IsTheEmptyReport()
    {
        Assert.Same(GraphReport.None, await Reader().GetReportAsync(Token));
        Assert.Equal("", await Reader().GetVersionAsync(Token));
    }

    public async ValueTask DisposeAsync()
    {
        _http.Dispose();
        await _server.DisposeAsync();
    }

    private static GraphReport Report(IngestionResult ingest, int hour) =>
        GraphReport.Of(ingest, "seed", new DateTimeOffset(2026, 12, 6, hour, 0, 0, TimeSpan.Zero));

    private Neo4jQueryClient Client() => new(_http, new Neo4jOptions { Uri = _server.Uri });

    private Neo4jGraphWriter Writer() => new(Client());

    private Neo4jGraphReader Reader() => new(Client());
}
