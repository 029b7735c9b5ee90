using System.Text.Json;
using TeamGraph.Core.Graph;
using TeamGraph.Core.Queries;
using TeamGraph.Core.Store;

namespace TeamGraph.Testing.Store;

/// <summary>Chains, reachability, escalations, approvals and search, and how elements are compared.</summary>
public abstract partial class TeamGraphReaderContract
{
    private static readonly JsonSerializerOptions JsonOptions = new() { WriteIndented = false };

    [Fact]
    public async Task FindHandoffChains_EveryPairOfRoles_ShortestFirstThenByHandoffAndReceiver()
    {
        var reader = await ReaderAsync();
        var roles = (await Expected.GetRolesAsync(Token)).Select(r => r.Id).ToList();

        var beToQa = await reader.FindHandoffChainsAsync("role:BE", "role:QA", 4, 100, Token);

        Assert.NotEmpty(beToQa);
        Assert.Equal(beToQa.Select(c => c.Length).Order(), beToQa.Select(c => c.Length));
        Assert.All(beToQa, c => Assert.Equal(c.ActorIds.Count, c.ActorIds.Distinct().Count()));
        foreach (var (from, to) in roles.SelectMany(f => roles.Select(t => (f, t))))
        {
            Assert.Equal(Json(await Expected.FindHandoffChainsAsync(from, to, 3, 20, Token)), Json(await reader.FindHandoffChainsAsync(from, to, 3, 20, Token)));
        }

        Assert.Empty(await reader.FindHandoffChainsAsync("role:BE", "role:BE", cancellationToken: Token));
        Assert.Empty(await reader.FindHandoffChainsAsync("role:BE", "role:nobody", cancellationToken: Token));
        await Assert.ThrowsAsync<ArgumentOutOfRangeException>(() => reader.FindHandoffChainsAsync("role:BE", "role:QA", 0, cancellationToken: Token));
        await Assert.ThrowsAsync<ArgumentOutOfRangeException>(() => reader.FindHandoffChainsAsync("role:BE", "role:QA", maxPaths: 0, cancellationToken: Token));
    }

    [Fact]
    public async Task FindHandoffChains_LimitsAboveTheCaps_AreClamped()
    {
        var reader = await ReaderAsync();

        var chains = await reader.FindHandoffChainsAsync("role:TL", "role:QA", 50, 5000, Token);

        Assert.Equal(QueryLimits.MaxChainsCounted, chains.Count);
        Assert.All(chains, c => Assert.InRange(c.Length, 1, QueryLimits.MaxChainHops));
        Assert.Equal(Json(await Expected.FindHandoffChainsAsync("role:TL", "role:QA", 50, 5000, Token)), Json(chains));
    }

    [Theory]
    [InlineData(HandoffDirection.Downstream)]
    [InlineData(HandoffDirection.Upstream)]
    public async Task FindReachableActors_EveryActor_FewestHopsThenId(HandoffDirection direction)
    {
        var reader = await ReaderAsync();
        var actors = Seed.Nodes.Where(n => n.Label is NodeLabels.Role or NodeLabels.Group or NodeLabels.ExternalActor).Select(n => n.Id);

        var fromDevOps = await reader.FindReachableActorsAsync("role:DO", direction, 1, Token);

        Assert.NotEmpty(fromDevOps);
        Assert.DoesNotContain(fromDevOps, a => a.Id == "role:DO");
        foreach (var actor in actors)
        {
            Assert.Equal(Json(await Expected.FindReachableActorsAsync(actor, direction, 32, Token)), Json(await reader.FindReachableActorsAsync(actor, direction, 32, Token)));
        }

        await Assert.ThrowsAsync<ArgumentOutOfRangeException>(() => reader.FindReachableActorsAsync("role:DO", direction, 0, Token));
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("production")]
    [InlineData("ПРОДАКШН")]
    public async Task FindEscalationsAndApprovals_ByWords_AsTheEmbeddedStore(string? words)
    {
        var reader = await ReaderAsync();

        Assert.Equal(Json(await Expected.FindEscalationsAsync(words, Token)), Json(await reader.FindEscalationsAsync(words, Token)));
        Assert.Equal(Json(await Expected.FindApprovalsAsync(words, Token)), Json(await reader.FindApprovalsAsync(words, Token)));
        if (string.IsNullOrEmpty(words))
        {
            Assert.NotEmpty(await reader.FindEscalationsAsync(words, Token));
            Assert.NotEmpty(await reader.FindApprovalsAsync(words, Token));
        }
    }

    [Theory]
    [InlineData("docker", 20)]
    [InlineData("release", 3)]
    [InlineData("Релиз", 200)]
    [InlineData("ci/cd", 1000)]
    [InlineData("!!!", 5)]
    public async Task Search_Words_RanksAsTheEmbeddedStore(string text, int first)
    {
        var reader = await ReaderAsync();

        var hits = await reader.SearchAsync(text, first, Token);

        Assert.Equal(Json(await Expected.SearchAsync(text, first, Token)), Json(hits));
        Assert.True(hits.Count <= Math.Min(first, QueryLimits.MaxSearchHits));
        await Assert.ThrowsAsync<ArgumentOutOfRangeException>(() => reader.SearchAsync(text, 0, Token));
    }

    [Fact]
    public async Task Search_Docker_FindsTheSkill()
    {
        var reader = await ReaderAsync();

        var hits = await reader.SearchAsync("docker", cancellationToken: Token);

        Assert.Contains(hits, h => h.Kind == SearchHitKind.Skill && h.NodeId == "skill:docker" && h.ActorIds.Contains("role:DO"));
    }

    /// <summary>An answer as JSON, with each property's .NET type beside its value, so 1 (long) and 1.0 (double) differ.</summary>
    protected static string Json(object? value) => JsonSerializer.Serialize(Typed(value), JsonOptions);

    private static object? Typed(object? value) => value switch
    {
        GraphNode node => new { node.Id, node.Label, Properties = TypedProperties(node.Properties) },
        GraphRelationship r => new { r.Id, r.Type, r.StartId, r.EndId, Properties = TypedProperties(r.Properties) },
        GraphNeighbour n => new { Relationship = Typed(n.Relationship), Node = Typed(n.Node) },
        IEnumerable<GraphNode> nodes => nodes.Select(Typed).ToList(),
        IEnumerable<GraphNeighbour> neighbours => neighbours.Select(Typed).ToList(),
        _ => value,
    };

    private static SortedDictionary<string, object> TypedProperties(IReadOnlyDictionary<string, object> properties) =>
        new(properties.ToDictionary(p => p.Key, p => (object)new { Type = p.Value.GetType().Name, p.Value }), StringComparer.Ordinal);
}
