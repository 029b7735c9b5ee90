using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;
using TeamGraph.Core.Ingestion;
using TeamGraph.Core.Store;
using TeamGraph.GraphQL.Serving;

namespace TeamGraph.Api.Tests.Serving;

/// <summary>
/// The API serving a store that others write (as replicas serve Neo4j), here an embedded store the test reloads
/// behind the API's back: every answer comes from one version, a request that an ingest lands in runs again on the new
/// one, and the follower reports what it read.
/// </summary>
public sealed class SharedStoreTests
{
    private static readonly Lazy<IngestionResult> SeedIngest = new(() => new FolderIngester().Ingest(Path.Combine(TestPaths.RepoRoot, "seed")));
    private static readonly Lazy<IngestionResult> SmallIngest = new(() => new FolderIngester().Ingest(Path.Combine(TestPaths.RepoRoot, "tests", "data", "queries", "team")));

    private static CancellationToken Token => TestContext.Current.CancellationToken;

    [Fact]
    public async Task Request_AnIngestLandsBetweenItsReads_RunsAgainAndAnswersFromTheNewVersionAlone()
    {
        var store = new EmbeddedGraphStore(SeedIngest.Value.Graph, Report(SeedIngest.Value));
        var blocking = new BlockingTeamGraphReader(store);
        await using var factory = Factory(blocking);
        var client = factory.CreateClient();
        var next = Report(SmallIngest.Value);

        // The stats resolver reads the old report (first, whether fields run in parallel or in order) and the role
        // resolver waits; then the new graph lands.
        var inFlight = client.QueryAsync("""{ stats { nodes documents } role(id: "BE") { code } }""");
        await blocking.Entered.WaitAsync(Token);
        store.Load(SmallIngest.Value.Graph, next);
        blocking.Release();
        var data = await inFlight;

        Assert.Equal(next.Counts.Nodes, data.Number("stats.nodes"));
        Assert.Equal(next.Counts.Documents, data.Number("stats.documents"));
        Assert.NotEqual(Report(SeedIngest.Value).Counts.Nodes, data.Number("stats.nodes"));
        Assert.Equal(next.Version, factory.Services.GetRequiredService<TeamGraphState>().Current.Report.Version);
    }

    [Fact]
    public async Task Request_TheGraphChangesUnderEveryRun_FailsWithGraphChangingInsteadOfMixingVersions()
    {
        var store = new EmbeddedGraphStore(SeedIngest.Value.Graph, Report(SeedIngest.Value));
        var blocking = new BlockingTeamGraphReader(store);
        blocking.Release();
        await using var factory = Factory(blocking);
        var client = factory.CreateClient();
        blocking.BeforeVersionRead = () => store.Load(SeedIngest.Value.Graph, Report(SeedIngest.Value));

        using var response = await client.PostAsJsonAsync("/graphql", new { query = "{ stats { nodes } }" }, Token);
        var body = JsonDocument.Parse(await response.Content.ReadAsStringAsync(Token)).RootElement;

        Assert.Equal("GRAPH_CHANGING", body.At("errors.0.extensions.code").GetString());
        Assert.Contains("try again", body.At("errors.0.message").GetString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Reload_NothingNew_SucceedsWithoutAnEventAndANewIngestIsServedWithOne()
    {
        var state = new TeamGraphState();
        var store = new EmbeddedGraphStore(SeedIngest.Value.Graph, Report(SeedIngest.Value));
        using var follower = new StoreFollower(state, store, "the shared store", TimeProvider.System);
        var events = new List<ReloadReport>();
        follower.Reloaded += (_, report) => events.Add(report);

        var first = await follower.ReloadAsync(Token);
        var unchanged = await follower.ReloadAsync(Token);
        Assert.Same(first, follower.LastReload);
        var next = Report(SmallIngest.Value);
        store.Load(SmallIngest.Value.Graph, next);
        var changed = await follower.ReloadAsync(Token);

        Assert.True(first.Succeeded && unchanged.Succeeded && changed.Succeeded);
        Assert.Equal([first, changed], events);
        Assert.Contains("nothing changed", unchanged.Message, StringComparison.Ordinal);
        Assert.StartsWith($"Serving version {next.Version} of", changed.Message, StringComparison.Ordinal);
        Assert.Same(next, state.Current.Report);
        Assert.Same(store, state.Current.Reader);
        Assert.Null(state.Current.Folder);
    }

    [Fact]
    public async Task Reload_StoreFails_KeepsWhatWasServedAndSaysWhy()
    {
        var state = new TeamGraphState();
        var store = new EmbeddedGraphStore(SeedIngest.Value.Graph, Report(SeedIngest.Value));
        var failing = new BlockingTeamGraphReader(store);
        using var follower = new StoreFollower(state, failing, "the shared store", TimeProvider.System);
        await follower.ReloadAsync(Token);
        var served = state.Current;
        failing.BeforeVersionRead = () => throw new HttpRequestException("connection refused");

        var report = await follower.ReloadAsync(Token);

        Assert.False(report.Succeeded);
        Assert.Equal("Reading the shared store failed: connection refused; what was read before is still served.", report.Message);
        Assert.Same(served, state.Current);
        Assert.Same(report, follower.LastReload);
    }

    private static GraphReport Report(IngestionResult ingest) => GraphReport.Of(ingest, "shared", DateTimeOffset.UtcNow);

    private static WebApplicationFactory<Program> Factory(ITeamGraphReader store) =>
        new WebApplicationFactory<Program>().WithWebHostBuilder(builder => builder
            .UseSetting("TeamGraph:DocsFolder", Path.Combine(TestPaths.RepoRoot, "seed"))
            .UseSetting("Logging:LogLevel:Default", "Warning")
            .ConfigureTestServices(services => services.AddSingleton<IServedGraphSource>(provider =>
                new StoreFollower(provider.GetRequiredService<TeamGraphState>(), store, "the shared store", TimeProvider.System))));
}
