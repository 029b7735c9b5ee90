using TeamGraph.Core.Graph;
using TeamGraph.Core.Ingestion;
using TeamGraph.Core.Store;

namespace TeamGraph.Testing.Store;

/// <summary>
/// The <see cref="ITeamGraphReader"/> contract on the seed team, for every store: derive, and answer
/// <see cref="ReaderAsync"/> with a reader over <see cref="Seed"/>. Each test checks facts of the seed and, where a
/// method answers many questions, that the answers equal the embedded store's one by one (for the embedded store
/// itself those checks compare it with a fresh instance; the facts are what bite there).
/// </summary>
/// <remarks>
/// <see cref="Seed"/> is the seed's graph as the builder makes it: every element must come back as it went in,
/// through the schema of its label or type, types included.
/// </remarks>
public abstract partial class TeamGraphReaderContract
{
    private static readonly Lazy<IngestionResult> SeedIngest = new(() => new FolderIngester().Ingest(Path.Combine(TestPaths.RepoRoot, "seed")));
    private static readonly Lazy<GraphReport> SeedReportOnce = new(() => GraphReport.Of(SeedIngest.Value, "seed", new DateTimeOffset(2026, 12, 6, 12, 0, 0, TimeSpan.Zero)));

    /// <summary>The seed team's graph, as every reader under test must hold it.</summary>
    protected static PropertyGraph Seed => SeedIngest.Value.Graph;

    /// <summary>The report of the seed's ingest, as every reader under test must hold it beside <see cref="Seed"/>.</summary>
    protected static GraphReport SeedReport => SeedReportOnce.Value;

    /// <summary>The reference answers.</summary>
    protected static EmbeddedGraphStore Expected { get; } = new(Seed, SeedReport);

    private static CancellationToken Token => TestContext.Current.CancellationToken;

    /// <summary>A reader over <see cref="Seed"/>; skip the test (Assert.Skip) when the store cannot be reached here.</summary>
    protected abstract Task<ITeamGraphReader> ReaderAsync();

    [Fact]
    public async Task FindRole_CodeNameOrAliasInAnyCase_FindsTheRoleAndUnknownNamesNone()
    {
        var reader = await ReaderAsync();

        Assert.Equal("role:DO", (await reader.FindRoleAsync("DO", Token))?.Id);
        Assert.Equal("role:DO", (await reader.FindRoleAsync("devops engineer", Token))?.Id);
        Assert.Equal("role:DO", (await reader.FindRoleAsync("DEVOPS", Token))?.Id);
        Assert.Null(await reader.FindRoleAsync("Chief Happiness Officer", Token));
        foreach (var role in Seed.Nodes.Where(n => n.Label == NodeLabels.Role))
        {
            var name = (role.Properties.GetValueOrDefault("name") ?? role.Properties["code"]).ToString()!;
            Assert.Equal((await Expected.FindRoleAsync(name, Token))?.Id, (await reader.FindRoleAsync(name, Token))?.Id);
        }
    }

    [Fact]
    public async Task GetRoles_EveryRoleDocumentedOrNot_SortedById()
    {
        var reader = await ReaderAsync();

        var roles = await reader.GetRolesAsync(Token);

        Assert.Contains(roles, r => r.Id == "role:DO" && Equals(r.Properties.GetValueOrDefault("documented"), true) && Equals(r.Properties["name"], "DevOps Engineer"));
        Assert.Equal(Seed.Nodes.Count(n => n.Label == NodeLabels.Role), roles.Count);
        Assert.Equal(roles.Select(r => r.Id).Order(StringComparer.Ordinal), roles.Select(r => r.Id));
        Assert.Equal(Json(await Expected.GetRolesAsync(Token)), Json(roles));
    }

    [Fact]
    public async Task GetNode_EveryNode_ComesBackWithItsLabelAndPropertiesOfTheSameTypes()
    {
        var reader = await ReaderAsync();

        var nodes = await reader.GetNodesAsync([.. Seed.Nodes.Select(n => n.Id), "role:nobody"], Token);

        Assert.Equal(Seed.Nodes.Count, nodes.Count);
        Assert.All(Seed.Nodes, expected => Assert.Equal(Json(expected), Json(nodes[expected.Id])));
        Assert.Equal(Json(Seed.FindNode("role:DO")), Json(await reader.GetNodeAsync("role:DO", Token)));
        Assert.Null(await reader.GetNodeAsync("role:nobody", Token));
        Assert.Empty(await reader.GetNodesAsync([], Token));
    }

    [Fact]
    public async Task GetHandoffs_EveryActor_DirectAndThroughItsGroupsSortedById()
    {
        var reader = await ReaderAsync();
        var actors = Seed.Nodes.Where(n => n.Label is NodeLabels.Role or NodeLabels.Group or NodeLabels.ExternalActor).Select(n => n.Id).ToList();

        var given = await reader.GetHandoffsFromAsync(actors, Token);
        var received = await reader.GetHandoffsToAsync(actors, Token);

        // BE is one of the Developers, so what DevOps hands the Developers reaches BE.
        var toDevelopers = await reader.GetHandoffsToAsync("group:developers", Token);
        Assert.NotEmpty(toDevelopers);
        Assert.Superset(toDevelopers.Select(h => h.Id).ToHashSet(), (await reader.GetHandoffsToAsync("role:BE", Token)).Select(h => h.Id).ToHashSet());
        foreach (var actor in actors)
        {
            Assert.Equal(Json(await Expected.GetHandoffsFromAsync(actor, Token)), Json(given[actor]));
            Assert.Equal(Json(await Expected.GetHandoffsToAsync(actor, Token)), Json(received[actor]));
            Assert.Equal(Json(given[actor]), Json(await reader.GetHandoffsFromAsync(actor, Token)));
        }

        Assert.Empty(await reader.GetHandoffsFromAsync("role:nobody", Token));
    }

    [Theory]
    [InlineData(RelationshipDirection.Outgoing)]
    [InlineData(RelationshipDirection.Incoming)]
    [InlineData(RelationshipDirection.Both)]
    public async Task GetNeighbours_EveryTypeAndDirection_AnswersAsTheGraphHasThemSortedByRelationshipId(RelationshipDirection direction)
    {
        var reader = await ReaderAsync();
        var ids = Seed.Nodes.Where(n => n.Label is NodeLabels.Role or NodeLabels.Group or NodeLabels.Handoff).Select(n => n.Id).ToList();

        foreach (var type in RelationshipTypes.All)
        {
            var batch = await reader.GetNeighboursAsync(ids, type, direction, Token);
            foreach (var id in ids)
            {
                Assert.Equal(Json(await Expected.GetNeighboursAsync(id, type, direction, Token)), Json(batch[id]));
            }
        }

        var skills = await reader.GetNeighboursAsync("role:DO", RelationshipTypes.HasSkill, RelationshipDirection.Outgoing, Token);
        Assert.Contains(skills, s => s.Node.Id == "skill:docker" && s.Relationship.StartId == "role:DO");
        Assert.Equal(skills.Select(s => s.Relationship.Id).Order(StringComparer.Ordinal), skills.Select(s => s.Relationship.Id));
        Assert.Empty(await reader.GetNeighboursAsync("role:DO", "NOT_A_TYPE", RelationshipDirection.Both, Token));
    }
}
