using System.Net;
using System.Net.Http.Json;
using Microsoft.AspNetCore.Mvc.Testing;
using TeamGraph.Core.Ingestion;
using TeamGraph.Core.Store;
using TeamGraph.Neo4j;
using TeamGraph.Neo4j.Client;
using TeamGraph.Neo4j.Writer;
using TeamGraph.Testing.Fakes;

namespace TeamGraph.Api.Tests.Hosting;

/// <summary>
/// TEAMGRAPH_STORE=neo4j against the fake Query API holding what <c>teamgraph ingest</c> writes (the seed's graph and
/// its report, by the writer), with no docs folder: queries, stats and the audit are answered by Neo4j's statements,
/// readiness says whether Neo4j answers and holds an ingest, a new ingest is served by the next poll, and
/// configuration mistakes stop the start.
/// </summary>
public sealed class Neo4jStoreTests : IAsyncDisposable
{
    private static readonly Lazy<IngestionResult> SeedIngest = new(() => new FolderIngester().Ingest(Path.Combine(TestPaths.RepoRoot, "seed")));
    private readonly FakeNeo4jServer _server = new();
    private readonly HttpClient _http = new();
    private readonly string _noFolder = Path.Combine(Path.GetTempPath(), $"teamgraph-no-docs-{Guid.NewGuid():N}");

    [Fact]
    public async Task Neo4jStore_WithoutADocsFolder_AnswersQueriesStatsAndTheAuditFromNeo4j()
    {
        await WriteAsync(SeedIngest.Value);
        await using var factory = Factory(("TeamGraph:Store", "neo4j"), ("NEO4J_URI", _server.Uri.ToString()));
        using var client = factory.CreateClient();
        var before = _server.Requests.Count;

        var answer = await client.QueryAsync("""{ role(id: "devops") { code name } stats { documents findings } audit { rule } }""");

        Assert.False(Directory.Exists(_noFolder));
        Assert.Equal("DO", answer.Text("role.code"));
        Assert.Equal(SeedIngest.Value.DocumentCount, answer.Number("stats.documents"));
        Assert.Equal(answer.Number("stats.findings"), answer.At("audit").GetArrayLength());
        Assert.True(answer.Number("stats.findings") > 0);
        Assert.Contains(_server.Requests.Skip(before), r => r.Statement?.StartsWith("MATCH (n:`Role`)", StringComparison.Ordinal) == true);
        Assert.Contains(_server.Requests.Skip(before), r => r.Statement?.StartsWith("MATCH (r:`IngestReport`) RETURN properties(r)", StringComparison.Ordinal) == true);
    }

    [Fact]
    public async Task Neo4jStore_Ready_WhenNeo4jAnswersAndHoldsAnIngest()
    {
        await WriteAsync(SeedIngest.Value);
        await using var factory = Factory(("Store", "neo4j"), ("NEO4J_URI", _server.Uri.ToString()));
        using var client = factory.CreateClient();

        var response = await client.GetAsync(new Uri("/health/ready", UriKind.Relative), TestContext.Current.CancellationToken);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains(_server.Statements, s => s == Neo4jQuery.Ready.Statement);
    }

    [Fact]
    public async Task Neo4jStore_NothingIngestedYet_IsNotReadyAndSaysToRunIngest()
    {
        await using var factory = Factory(("Store", "neo4j"), ("NEO4J_URI", _server.Uri.ToString()));
        using var client = factory.CreateClient();

        var response = await client.GetAsync(new Uri("/health/ready", UriKind.Relative), TestContext.Current.CancellationToken);

        Assert.Equal(HttpStatusCode.ServiceUnavailable, response.StatusCode);
        Assert.Contains("holds no ingested graph yet: run teamgraph ingest", await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Neo4jStore_NothingIngestedYet_QueriesAreRefusedWithTheReasonNotAnsweredEmpty()
    {
        await using var factory = Factory(("Store", "neo4j"), ("NEO4J_URI", _server.Uri.ToString()));
        using var client = factory.CreateClient();

        using var response = await client.PostAsJsonAsync("/graphql", new { query = "{ stats { nodes } }" }, TestContext.Current.CancellationToken);
        var body = System.Text.Json.JsonDocument.Parse(await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken)).RootElement;

        Assert.Equal(HttpStatusCode.ServiceUnavailable, response.StatusCode);
        Assert.Equal("GRAPH_NOT_LOADED", body.Text("errors.0.extensions.code"));
        Assert.Contains("holds no ingested graph yet: run teamgraph ingest", body.Text("errors.0.message"), StringComparison.Ordinal);
        Assert.False(body.TryGetProperty("data", out _));
    }

    [Fact]
    public async Task Neo4jStore_NewIngest_IsServedAfterTheNextPoll()
    {
        await WriteAsync(SeedIngest.Value);
        await using var factory = Factory(("Store", "neo4j"), ("NEO4J_URI", _server.Uri.ToString()), ("TeamGraph:StorePollInterval", "00:00:00.200"));
        using var client = factory.CreateClient();
        Assert.Equal(SeedIngest.Value.Graph.Nodes.Count, (await client.QueryAsync("{ stats { nodes } }")).Number("stats.nodes"));
        var team = new FolderIngester().Ingest(Path.Combine(TestPaths.RepoRoot, "tests", "data", "queries", "team"), cancellationToken: TestContext.Current.CancellationToken);

        await WriteAsync(team);

        await Eventually.TrueAsync(
            async () => (await client.QueryAsync("{ stats { nodes } }")).Number("stats.nodes") == team.Graph.Nodes.Count,
            "the API serves the second ingest");
        var status = await client.QueryAsync("{ reloadStatus { succeeded documents message } }");
        Assert.True(status.At("reloadStatus.succeeded").GetBoolean());
        Assert.Equal(team.DocumentCount, status.Number("reloadStatus.documents"));
        Assert.StartsWith("Serving version ", status.Text("reloadStatus.message"), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Neo4jStore_NotReady_WhenNeo4jTakesTheConnectionAndNeverAnswers()
    {
        // A server that accepts and never answers: the probe must say no on its own deadline, not wait for the client's.
        using var silent = new System.Net.Sockets.TcpListener(IPAddress.Loopback, 0);
        silent.Start();
        var uri = $"http://127.0.0.1:{((IPEndPoint)silent.LocalEndpoint).Port}/";
        await using var factory = Factory(("Store", "neo4j"), ("NEO4J_URI", uri));
        using var client = factory.CreateClient();

        var response = await client.GetAsync(new Uri("/health/ready", UriKind.Relative), TestContext.Current.CancellationToken);

        Assert.Equal(HttpStatusCode.ServiceUnavailable, response.StatusCode);
    }

    [Theory]
    [InlineData("mongodb", "must be 'embedded' or 'neo4j'")]
    [InlineData("neo4j", "needs NEO4J_URI")]
    public async Task StartUp_BadStoreConfiguration_StopsWithAClearMessage(string store, string message)
    {
        Assert.SkipWhen(Environment.GetEnvironmentVariable(Neo4jConfiguration.UriVariable) is not null, "NEO4J_URI is set in this environment.");
        await using var factory = Factory(("TeamGraph:Store", store));

        var failure = Assert.Throws<InvalidOperationException>(() => factory.CreateClient());

        Assert.Contains(message, failure.Message, StringComparison.Ordinal);
    }

    public async ValueTask DisposeAsync()
    {
        _http.Dispose();
        await _server.DisposeAsync();
    }

    /// <summary>What <c>teamgraph ingest</c> writes: the graph and its report, under one scope.</summary>
    private async Task WriteAsync(IngestionResult ingest)
    {
        var client = new Neo4jQueryClient(_http, new Neo4jOptions { Uri = _server.Uri });
        await new Neo4jGraphWriter(client).WriteAsync(
            ingest.Graph, "team", report: GraphReport.Of(ingest, "team", DateTimeOffset.UtcNow), cancellationToken: TestContext.Current.CancellationToken);
    }

    private WebApplicationFactory<Program> Factory(params (string Key, string Value)[] settings) =>
        new WebApplicationFactory<Program>().WithWebHostBuilder(builder =>
        {
            builder.UseSetting("TeamGraph:DocsFolder", _noFolder).UseSetting("TeamGraph:WatchDocs", "false")
                .UseSetting("Logging:LogLevel:Default", "Warning");
            foreach (var (key, value) in settings)
            {
                builder.UseSetting(key, value);
            }
        });
}
