using System.Net;
using Microsoft.AspNetCore.Mvc.Testing;
using TeamGraph.Core.Ingestion;
using TeamGraph.Neo4j;
using TeamGraph.Neo4j.Client;
using TeamGraph.Neo4j.Writer;
using TeamGraph.Testing.Fakes;

namespace TeamGraph.Api.Tests.Hosting;

/// <summary>
/// TEAMGRAPH_STORE=neo4j against the fake Query API holding the seed (written by the writer): queries are answered by
/// Neo4j's statements, the audit from the local folder, readiness by RETURN 1; configuration mistakes stop the start.
/// </summary>
public sealed class Neo4jStoreTests : IAsyncDisposable
{
    private readonly FakeNeo4jServer _server = new();
    private readonly HttpClient _http = new();

    [Fact]
    public async Task Neo4jStore_RoleQuery_IsAnsweredFromNeo4jAndTheAuditFromTheFolder()
    {
        await WriteSeedAsync();
        await using var factory = Factory(("TeamGraph:Store", "neo4j"), ("NEO4J_URI", _server.Uri.ToString()));
        using var client = factory.CreateClient();
        var before = _server.Requests.Count;

        var answer = await client.QueryAsync("""{ role(id: "devops") { code name } stats { documents } }""");

        Assert.Equal("DO", answer.Text("role.code"));
        Assert.True(answer.Number("stats.documents") > 0);
        Assert.Contains(_server.Requests.Skip(before), r => r.Statement?.StartsWith("MATCH (n:`Role`)", StringComparison.Ordinal) == true);
    }

    [Fact]
    public async Task Neo4jStore_Ready_WhenNeo4jAnswersReturnOne()
    {
        await using var factory = Factory(("Store", "neo4j"), ("NEO4J_URI", _server.Uri.ToString()));
        using var client = factory.CreateClient();

        var response = await client.GetAsync(new Uri("/health/ready", UriKind.Relative), TestContext.Current.CancellationToken);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains(_server.Statements, s => s.StartsWith("RETURN 1", StringComparison.Ordinal));
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

    private async Task WriteSeedAsync()
    {
        var seed = new FolderIngester().Ingest(Path.Combine(TestPaths.RepoRoot, "seed")).Graph;
        var client = new Neo4jQueryClient(_http, new Neo4jOptions { Uri = _server.Uri });
        await new Neo4jGraphWriter(client).WriteAsync(seed, "seed", cancellationToken: TestContext.Current.CancellationToken);
    }

    private static WebApplicationFactory<Program> Factory(params (string Key, string Value)[] settings) =>
        new WebApplicationFactory<Program>().WithWebHostBuilder(builder =>
        {
            builder.UseSetting("TeamGraph:DocsFolder", Path.Combine(TestPaths.RepoRoot, "seed")).UseSetting("TeamGraph:WatchDocs", "false")
                .UseSetting("Logging:LogLevel:Default", "Warning");
            foreach (var (key, value) in settings)
            {
                builder.UseSetting(key, value);
            }
        });
}
