using TeamGraph.Core.Graph;
using TeamGraph.Core.Queries;
using TeamGraph.Core.Store;
using TeamGraph.Core.Tests.Queries;

namespace TeamGraph.Core.Tests.Store;

public class EmbeddedGraphStoreQueryTests
{
    private readonly EmbeddedGraphStore _store = new(QueryTestTeam.Graph);

    [Fact]
    public async Task FindHandoffChains_BetweenRolesFoundByName_ListsTheShortestFirst()
    {
        var reader = _store;
        var from = await reader.FindRoleAsync("Tech Lead", TestContext.Current.CancellationToken);
        var to = await reader.FindRoleAsync("tester", TestContext.Current.CancellationToken);

        var chains = await reader.FindHandoffChainsAsync(from!.Id, to!.Id, maxPaths: 1, cancellationToken: TestContext.Current.CancellationToken);

        Assert.Equal("TL -technical-specs-> BE -merged-code-> DO -staging-deployments-> QA", QueryTestTeam.Describe(Assert.Single(chains)));
    }

    [Fact]
    public async Task QueryMethods_DelegateToTheSnapshot()
    {
        var reached = await _store.FindReachableActorsAsync("role:DO", HandoffDirection.Upstream, 1, TestContext.Current.CancellationToken);
        var escalations = await _store.FindEscalationsAsync("security", TestContext.Current.CancellationToken);
        var approvals = await _store.FindApprovalsAsync("budget", TestContext.Current.CancellationToken);
        var hits = await _store.SearchAsync("kubernetes", cancellationToken: TestContext.Current.CancellationToken);

        Assert.Equal(["role:BE", "role:FE", "role:QA"], reached.Select(r => r.Id));
        Assert.Equal(6, Assert.Single(escalations).Contacts.Count(c => c.ViaGroup == "group:team"));
        Assert.Equal("role:PM", Assert.Single(Assert.Single(approvals).Approvers).Id);
        Assert.Equal("skill:kubernetes", Assert.Single(hits).NodeId);
    }

    [Fact]
    public async Task Load_ReplacesTheQueryIndexesWithTheGraph()
    {
        Assert.NotEmpty(await _store.SearchAsync("docker", cancellationToken: TestContext.Current.CancellationToken));

        _store.Load(PropertyGraph.Empty);

        Assert.Empty(await _store.SearchAsync("docker", cancellationToken: TestContext.Current.CancellationToken));
        Assert.Empty(await _store.FindHandoffChainsAsync("role:TL", "role:QA", cancellationToken: TestContext.Current.CancellationToken));
        Assert.Empty(await _store.FindEscalationsAsync(null, TestContext.Current.CancellationToken));
    }

    [Fact]
    public async Task FindHandoffChains_CancelledToken_Stops()
    {
        using var cancelled = new CancellationTokenSource();
        await cancelled.CancelAsync();

        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => _store.FindHandoffChainsAsync("role:TL", "role:QA", cancellationToken: cancelled.Token));
        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => _store.FindReachableActorsAsync("role:TL", HandoffDirection.Downstream, cancellationToken: cancelled.Token));
    }
}
