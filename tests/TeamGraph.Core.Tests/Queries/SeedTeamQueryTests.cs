using TeamGraph.Core.Ingestion;
using TeamGraph.Core.Queries;
using TeamGraph.Core.Store;

namespace TeamGraph.Core.Tests.Queries;

/// <summary>The queries on the real seed team, with what its six cards say.</summary>
public class SeedTeamQueryTests
{
    private static readonly Lazy<EmbeddedGraphStore> Store = new(() => new EmbeddedGraphStore(new FolderIngester().Ingest(Path.Combine(TestPaths.RepoRoot, "seed")).Graph));

    private static Task<IReadOnlyList<HandoffChain>> ChainsAsync(string from, string to) =>
        Store.Value.FindHandoffChainsAsync(from, to, maxHops: 4, maxPaths: 10, TestContext.Current.CancellationToken);

    [Fact]
    public async Task Chains_BackendToQa_GoDirectFirstThenThroughDevOpsStaging()
    {
        var chains = await ChainsAsync("role:BE", "role:QA");

        Assert.Equal(chains.Select(c => c.Length).Order(), chains.Select(c => c.Length));
        Assert.Equal(1, chains[0].Length);
        Assert.All(chains, c => Assert.Equal(["role:BE", "role:QA"], [c.ActorIds[0], c.ActorIds[^1]]));
        // BE hands DevOps two things (merged code, new env variables); each leads on to the staging deployment.
        var throughStaging = chains.Where(c => c.ActorIds.SequenceEqual(["role:BE", "role:DO", "role:QA"]) && c.Hops[1].What == "Staging deployments").ToList();
        Assert.Equal(["Merged code + migrations", "Новые env variables"], throughStaging.Select(c => c.Hops[0].What).Order(StringComparer.Ordinal));
        Assert.All(throughStaging, chain => Assert.Equal(["roles/devops-engineer.md:213", "roles/qa-engineer.md:185"], chain.Hops[1].Declarations.Select(d => $"{d.DocumentPath}:{d.Line}")));
        Assert.All(throughStaging, chain => Assert.Equal("CONFLICTING", chain.Hops[1].Status));
    }

    [Fact]
    public async Task Chains_QaToProjectManager_IncludeTheSignOffAndTheTeamBroadcastsThroughTheirGroup()
    {
        var chains = await ChainsAsync("role:QA", "role:PM");

        Assert.Contains(chains, c => c.Length == 1 && c.Hops[0].What == "Release sign-off");
        var broadcast = Assert.Single(chains, c => c.Length == 1 && c.Hops[0].What == "Regression results");
        Assert.Equal("group:team", broadcast.Hops[0].ViaGroup);
        Assert.Contains(chains, c => c.ActorIds.SequenceEqual(["role:QA", "role:DO", "role:PM"]) && c.Hops[1].What == "Uptime reports");
    }

    [Fact]
    public async Task Reachable_DownstreamOfBackend_IsTheWholeTeamInOneHopThenTheOutsideParties()
    {
        var reachable = await Store.Value.FindReachableActorsAsync("role:BE", HandoffDirection.Downstream, 3, TestContext.Current.CancellationToken);

        Assert.Equal(["role:DO", "role:FE", "role:PM", "role:QA", "role:TL"], reachable.Where(r => r.Hops == 1).Select(r => r.Id));
        Assert.Contains(reachable, r => r.Id == "external:stakeholders" && r.Hops == 2);
    }

    [Fact]
    public async Task Escalations_ProductionDown_NamesWhomDevOpsCallsAndHowUrgently()
    {
        var matches = await Store.Value.FindEscalationsAsync("production down", TestContext.Current.CancellationToken);

        var devops = Assert.Single(matches, m => m.RoleId == "role:DO");
        Assert.Equal("немедленно", devops.Urgency);
        Assert.Equal(["role:PM", "role:TL"], devops.Contacts.Select(c => c.Id).Order(StringComparer.Ordinal));
    }

    [Fact]
    public async Task Search_Backups_FindsTheDevOpsDutiesAndDecisions()
    {
        var hits = await Store.Value.SearchAsync("backup", 20, TestContext.Current.CancellationToken);

        Assert.Contains(hits, h => h.Kind == SearchHitKind.Decision && h.Text == "Backup schedule");
        Assert.All(hits, h => Assert.Contains("backup", h.Text, StringComparison.OrdinalIgnoreCase));
    }
}
