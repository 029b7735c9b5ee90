using System.Text.Json;
using System.Text.Json.Nodes;
using GraphQL.Types;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.DependencyInjection;
using TeamGraph.Api.Tests.Fuzzing;
using TeamGraph.Api.Ui;
using TeamGraph.Core.Ingestion;
using TeamGraph.Core.Store;
using TeamGraph.Neo4j;

namespace TeamGraph.Api.Tests.Hosting;

/// <summary>
/// One contract, checked answer by answer: the same GraphQL requests (every field and argument, every
/// <c>docs/examples</c> query, the README's, the <c>bench/load</c> queries, and requests that fail) sent to the API
/// serving seed/ from the embedded store and to the API serving what <c>teamgraph ingest</c> wrote into Neo4j (the
/// fake Query API, <see cref="FakeNeo4jStoreParityTests"/>, always; a real Neo4j, <see cref="Neo4jStoreParityTests"/>,
/// where a Docker engine answers or <c>NEO4J_URI</c> is set; no docs folder at all) must get the same status and the same
/// JSON. Only <c>reloadStatus</c> differs by nature (when and what each process last read) and is left out.
/// </summary>
public abstract class StoreParityTests : IAsyncDisposable
{
    private readonly string _noFolder = Path.Combine(Path.GetTempPath(), $"teamgraph-no-docs-{Guid.NewGuid():N}");
    private WebApplicationFactory<Program>? _embedded;
    private WebApplicationFactory<Program>? _neo4j;

    /// <summary>The seed's ingest, with the report <c>teamgraph ingest</c> would write for it.</summary>
    protected static (IngestionResult Ingest, GraphReport Report) Seed { get; } = SeedWithReport();

    /// <summary>Writes <see cref="Seed"/> into a Neo4j (once) and says how to reach it; skips the test when none can be had.</summary>
    protected abstract Task<Neo4jOptions> Neo4jHoldingTheSeedAsync();

    public static TheoryData<string> Requests()
    {
        var requests = new TheoryData<string>();
        foreach (var example in ExampleQueries.All)
        {
            requests.Add(Body(example.Query));
        }

        foreach (var file in Directory.GetFiles(Path.Combine(TestPaths.RepoRoot, "bench", "load", "queries"), "*.json").Order(StringComparer.Ordinal))
        {
            requests.Add(File.ReadAllText(file).Trim());
        }

        foreach (var example in ReadmeExamplesTests.Examples())
        {
            requests.Add(Body(example.Data.Item1));
        }

        foreach (var query in (string[])
        [
            """{ handoffs { items { id what status from { id } to { id } } } }""",
            """{ handoffs(from: "BE") { items { id } } a: handoffs(to: "QA", status: ONE_SIDED) { items { id } } b: handoffs(from: "DO", to: "QA") { items { id status } } }""",
            """{ documents { id path } stats { documents nodes relationships roles documentedRoles handoffs errors warnings findings } }""",
            """{ audit { rule severity message sources { path line } glossaryProposal { term equivalents evidence } } }""",
            """{ escalations(situation: "incident") { situation } approvals { decision } }""",
            """{ role(id: "NOPE") { id } }""",
            """{ diagram(scope: { role: "NOPE" }) { text } }""",
            """{ handoffChains(from: "BE", to: "QA", maxHops: 0) { items { hops { handoff { id } } } } }""",
        ])
        {
            requests.Add(Body(query));
        }

        return requests;
    }

    [Theory]
    [MemberData(nameof(Requests))]
    public async Task Request_AnsweredByNeo4jWithoutAFolder_IsTheEmbeddedStoresAnswer(string request) =>
        await AssertSameAnswerAsync(request);

    [Fact]
    public async Task EveryFieldOfTheSchema_AnsweredByNeo4jWithoutAFolder_IsTheEmbeddedStoresAnswer()
    {
        var schema = (await FactoriesAsync()).Embedded.Services.GetRequiredService<ISchema>();
        schema.Initialize();
        var (query, fields) = EveryFieldQuery.Build(schema, "BE", "QA");

        var answer = await AssertSameAnswerAsync(Body(query));

        Assert.True(answer["errors"] is null, answer["errors"]?.ToJsonString());
        Assert.Contains("Query.stats", fields);
        Assert.Contains("Query.audit", fields);
        Assert.True(answer["data"]!["stats"]!["nodes"]!.GetValue<int>() > 500);
        Assert.Equal(Seed.Report.Findings.Count, answer["data"]!["audit"]!.AsArray().Count);
    }

    public virtual async ValueTask DisposeAsync()
    {
        if (_embedded is not null)
        {
            await _embedded.DisposeAsync();
        }

        if (_neo4j is not null)
        {
            await _neo4j.DisposeAsync();
        }

        GC.SuppressFinalize(this);
    }

    private static (IngestionResult, GraphReport) SeedWithReport()
    {
        var seed = new FolderIngester().Ingest(Path.Combine(TestPaths.RepoRoot, "seed"));
        return (seed, GraphReport.Of(seed, "seed", DateTimeOffset.UtcNow));
    }

    private async Task<(WebApplicationFactory<Program> Embedded, WebApplicationFactory<Program> Neo4j)> FactoriesAsync()
    {
        var options = await Neo4jHoldingTheSeedAsync();
        _embedded ??= Factory(("TeamGraph:DocsFolder", Path.Combine(TestPaths.RepoRoot, "seed")));
        _neo4j ??= Factory(
            ("TeamGraph:DocsFolder", _noFolder), ("TeamGraph:Store", "neo4j"), ("NEO4J_URI", options.Uri!.ToString()),
            ("NEO4J_USER", options.User ?? ""), ("NEO4J_PASSWORD", options.Password ?? ""));
        return (_embedded, _neo4j);
    }

    private async Task<JsonNode> AssertSameAnswerAsync(string request)
    {
        var (embeddedApi, neo4jApi) = await FactoriesAsync();
        return await AssertSameAnswerAsync(request, ("embedded", embeddedApi), ("neo4j", neo4jApi));
    }

    /// <summary>
    /// Sends <paramref name="request"/> to both APIs, asserts the same status and the same JSON answer (holding data or
    /// errors), and returns the second's answer.
    /// </summary>
    internal static async Task<JsonNode> AssertSameAnswerAsync(
        string request, (string Name, WebApplicationFactory<Program> Api) expected, (string Name, WebApplicationFactory<Program> Api) actual)
    {
        var (expectedStatus, expectedAnswer) = await PostAsync(expected.Api, request);
        var (actualStatus, actualAnswer) = await PostAsync(actual.Api, request);

        Assert.Equal(expectedStatus, actualStatus);
        Assert.True(JsonNode.DeepEquals(expectedAnswer, actualAnswer), $"{expected.Name}:\n{expectedAnswer}\n{actual.Name}:\n{actualAnswer}");
        Assert.NotNull(expectedAnswer?["data"] ?? expectedAnswer?["errors"]);
        return actualAnswer!;
    }

    /// <summary>The status and JSON answer of <paramref name="request"/>, without <c>reloadStatus</c>.</summary>
    internal static async Task<(int Status, JsonNode? Answer)> PostAsync(WebApplicationFactory<Program> factory, string request)
    {
        using var content = new StringContent(request, System.Text.Encoding.UTF8, "application/json");
        using var response = await factory.CreateClient().PostAsync(new Uri("/graphql", UriKind.Relative), content, TestContext.Current.CancellationToken);
        var answer = JsonNode.Parse(await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken));
        (answer?["data"] as JsonObject)?.Remove("reloadStatus");
        return ((int)response.StatusCode, answer);
    }

    internal static string Body(string query) => JsonSerializer.Serialize(new { query });

    /// <summary>The API serving seed/ with the limits raised so that the query of every field runs whole.</summary>
    internal static WebApplicationFactory<Program> Factory(params (string Key, string Value)[] settings) =>
        new WebApplicationFactory<Program>().WithWebHostBuilder(builder =>
        {
            // Limits raised so that the query of every field runs whole; each request below them is refused alike.
            builder.UseSetting("TeamGraph:WatchDocs", "false").UseSetting("Logging:LogLevel:Default", "Warning")
                .UseSetting("TeamGraph:DocsFolder", Path.Combine(TestPaths.RepoRoot, "seed"))
                .UseSetting("TeamGraph:Limits:MaxDepth", "40").UseSetting("TeamGraph:Limits:MaxComplexity", "100000000")
                .UseSetting("TeamGraph:Limits:MaxSelectedFields", "100000").UseSetting("TeamGraph:Limits:MaxFieldComparisons", "1000000")
                .UseSetting("TeamGraph:Limits:MaxAliases", "1000").UseSetting("TeamGraph:Limits:MaxRequestBodyBytes", "10000000")
                .UseSetting("TeamGraph:Limits:ExecutionTimeout", "00:02:00").UseSetting("TeamGraph:Limits:RequestTimeout", "00:02:00");
            foreach (var (key, value) in settings)
            {
                builder.UseSetting(key, value);
            }
        });
}
