using System.Text.Json;
using System.Text.Json.Nodes;
using TeamGraph.Core.Graph;
using TeamGraph.Core.Ingestion;
using TeamGraph.Core.Queries;
using TeamGraph.Core.Store;
using TeamGraph.Neo4j.Client;
using TeamGraph.Neo4j.Reader;
using TeamGraph.Neo4j.Writer;
using TeamGraph.Testing.Fakes;

namespace TeamGraph.Neo4j.Tests.Reader;

/// <summary>
/// The bounded handoff walk behind chains and reachability, over the loopback fake holding the seed: the same answers
/// as the embedded store for every hop limit, at most one statement per hop, and less read than the whole handoff graph.
/// </summary>
public sealed class Neo4jGraphReaderWalkTests : IAsyncDisposable
{
    private static readonly Lazy<PropertyGraph> SeedGraph = new(() => new FolderIngester().Ingest(Path.Combine(TestPaths.RepoRoot, "seed")).Graph);
    private static readonly string[] HandoffGraphLabels = [NodeLabels.Role, NodeLabels.Group, NodeLabels.ExternalActor, NodeLabels.Handoff, NodeLabels.Document];
    private static readonly string[] HandoffGraphTypes = [RelationshipTypes.MemberOf, RelationshipTypes.Gives, RelationshipTypes.To, RelationshipTypes.Declares];
    private readonly FakeNeo4jServer _server = new();
    private readonly HttpClient _http = new();

    private static PropertyGraph Seed => SeedGraph.Value;

    private static CancellationToken Token => TestContext.Current.CancellationToken;

    [Theory]
    [InlineData(1)]
    [InlineData(2)]
    [InlineData(3)]
    [InlineData(4)]
    public async Task FindHandoffChains_EveryPairOfSeedRoles_EqualsTheEmbeddedStoreWithinTheHopLimit(int maxHops)
    {
        var reader = await ReaderAsync();
        var expected = new EmbeddedGraphStore(Seed);
        var roles = Seed.Nodes.Where(n => n.Label == NodeLabels.Role).Select(n => n.Id).ToList();
        var found = 0;

        foreach (var from in roles)
        {
            foreach (var to in roles)
            {
                _server.Requests.Clear();
                var chains = await reader.FindHandoffChainsAsync(from, to, maxHops, QueryLimits.MaxChainPaths, Token);

                Assert.Equal(Json(await expected.FindHandoffChainsAsync(from, to, maxHops, QueryLimits.MaxChainPaths, Token)), Json(chains));
                Assert.InRange(_server.Statements.Count(), 0, maxHops);
                found += chains.Count;
            }
        }

        Assert.True(found > 0, "The seed has chains between its roles.");
    }

    [Theory]
    [InlineData(HandoffDirection.Downstream)]
    [InlineData(HandoffDirection.Upstream)]
    public async Task FindReachableActors_EverySeedActorAndHopLimit_EqualsTheEmbeddedStore(HandoffDirection direction)
    {
        var reader = await ReaderAsync();
        var expected = new EmbeddedGraphStore(Seed);
        var actors = Seed.Nodes.Where(IsActor).Select(n => n.Id);

        foreach (var actor in actors)
        {
            for (var maxHops = 1; maxHops <= 3; maxHops++)
            {
                _server.Requests.Clear();
                var reached = await reader.FindReachableActorsAsync(actor, direction, maxHops, Token);

                Assert.Equal(Json(await expected.FindReachableActorsAsync(actor, direction, maxHops, Token)), Json(reached));
                Assert.InRange(_server.Statements.Count(), 1, maxHops);
            }
        }
    }

    [Fact]
    public async Task FindHandoffChains_OneHop_ReadsOneStatementAndLessThanTheWholeHandoffGraph()
    {
        var reader = await ReaderAsync();
        _server.Requests.Clear();

        var chains = await reader.FindHandoffChainsAsync("role:DO", "role:QA", 1, cancellationToken: Token);

        var request = Assert.Single(_server.Requests, r => r.Statement is not null);
        Assert.Equal(GraphReadStatements.HandoffWalk(HandoffDirection.Downstream), request.Statement);
        Assert.Equal(["role:DO"], request.Parameters.GetProperty(GraphReadStatements.IdsParameter).EnumerateArray().Select(i => i.GetString()));
        var read = Rows(_server.Graph.Run(request.Statement!, request.Parameters));
        var wholeHandoffGraph = WholeHandoffGraphElements();
        Assert.InRange(read, 1, wholeHandoffGraph / 4);
        Assert.Equal(Json(await new EmbeddedGraphStore(Seed).FindHandoffChainsAsync("role:DO", "role:QA", 1, cancellationToken: Token)), Json(chains));
    }

    public async ValueTask DisposeAsync()
    {
        _http.Dispose();
        await _server.DisposeAsync();
    }

    private async Task<Neo4jGraphReader> ReaderAsync()
    {
        var client = new Neo4jQueryClient(_http, new Neo4jOptions { Uri = _server.Uri });
        await new Neo4jGraphWriter(client).WriteAsync(Seed, "seed", cancellationToken: Token);
        return new Neo4jGraphReader(client);
    }

    private static bool IsActor(GraphNode node) => node.Label is NodeLabels.Role or NodeLabels.Group or NodeLabels.ExternalActor;

    /// <summary>What the reader read for a chain before the walk: every actor, handoff and document and their relationships.</summary>
    private static int WholeHandoffGraphElements()
    {
        var ids = Seed.Nodes.Where(n => HandoffGraphLabels.Contains(n.Label)).Select(n => n.Id).ToHashSet(StringComparer.Ordinal);
        return ids.Count + Seed.Relationships.Count(r => HandoffGraphTypes.Contains(r.Type) && ids.Contains(r.StartId) && ids.Contains(r.EndId));
    }

    private static int Rows(JsonObject answer) => answer["data"]!["values"]!.AsArray().Count;

    private static string Json(object? value) => JsonSerializer.Serialize(value);
}
