using System.Net;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;
using TeamGraph.Api.Tests.Http;
using TeamGraph.Core.Ingestion;
using TeamGraph.Core.Store;
using TeamGraph.GraphQL.Serving;

namespace TeamGraph.Api.Tests.Types;

/// <summary><c>Subscription.graphChanged</c>, end to end: a reload of the served docs folder arrives as an event.</summary>
public sealed class SubscriptionTypeTests
{
    private const string GraphChanged = "subscription { graphChanged { succeeded message loadedAt documents nodes relationships errors } }";

    [Fact]
    public async Task GraphChanged_CardEdited_StreamsTheNewGraphsCounts()
    {
        using var docs = new TempDocsFolder();
        await using var factory = new ReloadApiFactory(docs.Folder);
        var client = factory.CreateClient();
        var before = (await client.QueryAsync("{ stats { nodes } }")).Number("stats.nodes");
        await using var stream = await EventStreamClient.OpenAsync(client, GraphChanged);

        docs.Edit("roles/backend-developer.md", "| Prisma | Advanced | Schema, migrations, transactions |",
            "| Prisma | Advanced | Schema, migrations, transactions |\n| Drizzle | Basic | Evaluated for new services |");

        var next = await stream.ReadEventAsync();
        Assert.Equal("next", next.Type);
        var changed = next.Json.At("data.graphChanged");
        Assert.True(changed.GetProperty("succeeded").GetBoolean());
        Assert.Equal(8, changed.Number("documents"));
        Assert.True(changed.Number("nodes") > before, next.Data);
        var stats = await client.QueryAsync("{ stats { nodes relationships errors } reloadStatus { loadedAt } }");
        Assert.Equal(stats.Number("stats.nodes"), changed.Number("nodes"));
        Assert.Equal(stats.Number("stats.relationships"), changed.Number("relationships"));
        Assert.Equal(stats.Number("stats.errors"), changed.Number("errors"));
        Assert.Equal(stats.Text("reloadStatus.loadedAt"), changed.Text("loadedAt"));
    }

    [Fact]
    public async Task GraphChanged_ReloadMutation_StreamsItsResult()
    {
        using var docs = new TempDocsFolder();
        await using var factory = new ReloadApiFactory(docs.Folder, watch: false);
        var client = factory.CreateClient();
        await using var stream = await EventStreamClient.OpenAsync(client, GraphChanged);

        var (_, _, reload) = await client.PostAsync(ReloadRequests.ReloadMutation, ReloadApiFactory.ApiKey);

        var changed = (await stream.ReadEventAsync()).Json.At("data.graphChanged");
        Assert.Equal(reload.Text("data.reload.loadedAt"), changed.Text("loadedAt"));
        Assert.Equal(reload.Number("data.reload.nodes"), changed.Number("nodes"));
    }

    [Fact]
    public async Task GraphChanged_ReloadFails_StreamsTheFailureWithTheLastGoodGraphsCounts()
    {
        using var docs = new TempDocsFolder();
        await using var factory = new ReloadApiFactory(docs.Folder);
        var client = factory.CreateClient();
        await using var stream = await EventStreamClient.OpenAsync(client, GraphChanged);

        Directory.Delete(docs.Folder, recursive: true);

        var changed = (await stream.ReadEventAsync()).Json.At("data.graphChanged");
        Assert.False(changed.GetProperty("succeeded").GetBoolean());
        Assert.Contains("last good graph", changed.Text("message"), StringComparison.Ordinal);
        Assert.Equal(8, changed.Number("documents"));
    }

    [Fact]
    public async Task GraphChanged_SharedStoreHoldsANewVersion_StreamsItOnTheNextPoll()
    {
        var seed = new FolderIngester().Ingest(Path.Combine(TestPaths.RepoRoot, "seed"), cancellationToken: TestContext.Current.CancellationToken);
        var store = new EmbeddedGraphStore(seed.Graph, GraphReport.Of(seed, "shared", DateTimeOffset.UtcNow));
        await using var factory = SharedStoreApi(store);
        await using var stream = await EventStreamClient.OpenAsync(factory.CreateClient(), GraphChanged);
        var small = new FolderIngester().Ingest(Path.Combine(TestPaths.RepoRoot, "tests", "data", "queries", "team"), cancellationToken: TestContext.Current.CancellationToken);
        var next = GraphReport.Of(small, "shared", DateTimeOffset.UtcNow);

        store.Load(small.Graph, next);
        await factory.Services.GetRequiredService<IServedGraphSource>().ReloadAsync(TestContext.Current.CancellationToken);

        var changed = (await stream.ReadEventAsync()).Json.At("data.graphChanged");
        Assert.True(changed.GetProperty("succeeded").GetBoolean());
        Assert.Equal(next.Counts.Documents, changed.Number("documents"));
        Assert.Equal(next.Counts.Nodes, changed.Number("nodes"));
    }

    [Fact]
    public async Task GraphChanged_NothingServedYet_SubscribesAndStreamsTheFirstGraph()
    {
        var store = new EmbeddedGraphStore(null, GraphReport.None);
        await using var factory = SharedStoreApi(store);
        var client = factory.CreateClient();
        var (queryStatus, _, _) = await client.PostAsync("{ stats { documents } }");
        Assert.Equal(HttpStatusCode.ServiceUnavailable, queryStatus);

        await using var stream = await EventStreamClient.OpenAsync(client, GraphChanged);
        Assert.Equal(HttpStatusCode.OK, stream.Status);
        var seed = new FolderIngester().Ingest(Path.Combine(TestPaths.RepoRoot, "seed"), cancellationToken: TestContext.Current.CancellationToken);

        store.Load(seed.Graph, GraphReport.Of(seed, "shared", DateTimeOffset.UtcNow));
        await factory.Services.GetRequiredService<IServedGraphSource>().ReloadAsync(TestContext.Current.CancellationToken);

        Assert.Equal(8, (await stream.ReadEventAsync()).Json.Number("data.graphChanged.documents"));
    }

    private static WebApplicationFactory<Program> SharedStoreApi(ITeamGraphReader store) =>
        new WebApplicationFactory<Program>().WithWebHostBuilder(builder => builder
            .UseSetting("TeamGraph:DocsFolder", Path.Combine(TestPaths.RepoRoot, "seed"))
            .UseSetting("Logging:LogLevel:Default", "Warning")
            .ConfigureTestServices(services => services.AddSingleton<IServedGraphSource>(provider =>
                new StoreFollower(provider.GetRequiredService<TeamGraphState>(), store, "the shared store", TimeProvider.System))));
}
