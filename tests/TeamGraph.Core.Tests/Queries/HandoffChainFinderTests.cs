using TeamGraph.Core.Queries;
using static TeamGraph.Core.Tests.Queries.QueryTestTeam;

namespace TeamGraph.Core.Tests.Queries;

public class HandoffChainFinderTests
{
    private readonly TeamGraphQueries _queries = CreateQueries();

    [Fact]
    public void FindHandoffChains_ThroughGroups_ListsShortestFirstThenByHandoffAndReceiver()
    {
        var chains = _queries.FindHandoffChains("role:TL", "role:QA", cancellationToken: TestContext.Current.CancellationToken);

        Assert.Equal(
        [
            "TL -technical-specs-> BE -merged-code-> DO -staging-deployments-> QA",
            "TL -technical-specs-> BE -merged-code-> DO -production-release-> QA",
            "TL -technical-specs-> FE -merged-code-> DO -staging-deployments-> QA",
            "TL -technical-specs-> FE -merged-code-> DO -production-release-> QA",
            "TL -technical-specs-> BE -api-contract-> FE -merged-code-> DO -staging-deployments-> QA",
            "TL -technical-specs-> BE -api-contract-> FE -merged-code-> DO -production-release-> QA",
        ], chains.Select(Describe));
    }

    [Fact]
    public void FindHandoffChains_HopThroughGroups_KeepsTheGroupOnEachSide()
    {
        var hops = _queries.FindHandoffChains("role:TL", "role:QA", cancellationToken: TestContext.Current.CancellationToken)[1].Hops;

        Assert.Equal(("role:TL", "role:BE", null, "group:developers"), (hops[0].FromId, hops[0].ToId, hops[0].FromGroup, hops[0].ViaGroup));
        Assert.Equal(("role:BE", "role:DO", "group:developers", null), (hops[1].FromId, hops[1].ToId, hops[1].FromGroup, hops[1].ViaGroup));
        Assert.Equal(("role:DO", "role:QA", null, "group:team"), (hops[2].FromId, hops[2].ToId, hops[2].FromGroup, hops[2].ViaGroup));
        Assert.Equal(("Production release", "Release approved"), (hops[2].What, hops[2].Trigger));
    }

    [Fact]
    public void FindHandoffChains_Hop_SaysWhereEachSideWroteIt()
    {
        var hop = _queries.FindHandoffChains("role:TL", "role:QA", cancellationToken: TestContext.Current.CancellationToken)[0].Hops[2];

        Assert.Equal(("Staging deployments", "Notifications", "CONFIRMED"), (hop.What, hop.Format, hop.Status));
        Assert.Equal(
            [("roles/devops-engineer.md", "output", "roles/devops-engineer.md:66"), ("roles/qa-engineer.md", "input", "roles/qa-engineer.md:38")],
            hop.Declarations.Select(d => (d.DocumentPath, d.Side, d.Source)));
        Assert.All(hop.Declarations, d => Assert.Equal(d.Source, $"{d.DocumentPath}:{d.Line}"));
    }

    [Fact]
    public void FindHandoffChains_InACycle_NeverVisitsAnActorTwice()
    {
        var chains = _queries.FindHandoffChains("role:QA", "role:DO", maxHops: 8, maxPaths: 100, TestContext.Current.CancellationToken);

        Assert.Equal(
        [
            "QA -release-approval-> DO",
            "QA -bug-reports-> BE -merged-code-> DO",
            "QA -bug-reports-> FE -merged-code-> DO",
            "QA -bug-reports-> BE -api-contract-> FE -merged-code-> DO",
        ], chains.Select(Describe));
    }

    [Fact]
    public void FindHandoffChains_MaxHops_LeavesOutLongerChains()
    {
        var chains = _queries.FindHandoffChains("role:TL", "role:QA", maxHops: 3, cancellationToken: TestContext.Current.CancellationToken);

        Assert.Equal(4, chains.Count);
        Assert.All(chains, c => Assert.Equal(3, c.Length));
        Assert.Empty(_queries.FindHandoffChains("role:TL", "role:QA", maxHops: 2, cancellationToken: TestContext.Current.CancellationToken));
    }

    [Fact]
    public void FindHandoffChains_MaxPaths_KeepsTheFirstInOrder()
    {
        var all = _queries.FindHandoffChains("role:TL", "role:QA", cancellationToken: TestContext.Current.CancellationToken);
        var first = _queries.FindHandoffChains("role:TL", "role:QA", maxPaths: 3, cancellationToken: TestContext.Current.CancellationToken);

        Assert.Equal(all.Take(3).Select(Describe), first.Select(Describe));
    }

    [Theory]
    [InlineData("role:TL", "role:TL")]
    [InlineData("external:stakeholders", "role:TL")]
    [InlineData("role:TL", "role:NOBODY")]
    [InlineData("group:developers", "role:DO")]
    public void FindHandoffChains_NoSimplePath_IsEmpty(string from, string to) =>
        Assert.Empty(_queries.FindHandoffChains(from, to, cancellationToken: TestContext.Current.CancellationToken));

    [Fact]
    public void FindHandoffChains_ToAnOutsideParty_EndsThere()
    {
        var chains = _queries.FindHandoffChains("role:PM", "external:stakeholders", cancellationToken: TestContext.Current.CancellationToken);

        Assert.Equal("PM -requirements-> TL -technical-specs-> BE -merged-code-> DO -release-notes-> stakeholders", Describe(chains[0]));
    }

    [Fact]
    public void FindHandoffChains_LimitsAboveTheCap_AreClampedAndBelowOneRefused()
    {
        var capped = _queries.FindHandoffChains("role:QA", "role:DO", maxHops: 1000, maxPaths: 1000, TestContext.Current.CancellationToken);

        Assert.Equal(4, capped.Count);
        Assert.Throws<ArgumentOutOfRangeException>(() => _queries.FindHandoffChains("role:QA", "role:DO", maxHops: 0, cancellationToken: TestContext.Current.CancellationToken));
        Assert.Throws<ArgumentOutOfRangeException>(() => _queries.FindHandoffChains("role:QA", "role:DO", maxPaths: 0, cancellationToken: TestContext.Current.CancellationToken));
    }
}
