using TeamGraph.Core.Queries;
using static TeamGraph.Core.Tests.Queries.QueryTestTeam;

namespace TeamGraph.Core.Tests.Queries;

public class HandoffReachabilityTests
{
    private readonly TeamGraphQueries _queries = CreateQueries();

    [Fact]
    public void FindReachableActors_Downstream_GivesFewestHopsSortedByHopsThenId()
    {
        var reached = _queries.FindReachableActors("role:TL", HandoffDirection.Downstream, cancellationToken: TestContext.Current.CancellationToken);

        Assert.Equal(
            [("role:BE", 1), ("role:FE", 1), ("role:DO", 2), ("external:stakeholders", 3), ("role:PM", 3), ("role:QA", 3)],
            reached.Select(r => (r.Id, r.Hops)));
        Assert.Equal(("ExternalActor", "Stakeholders"), (reached[3].Label, reached[3].Name));
    }

    [Fact]
    public void FindReachableActors_Upstream_FollowsHandoffsBackwards()
    {
        var reached = _queries.FindReachableActors("role:QA", HandoffDirection.Upstream, maxHops: 4, TestContext.Current.CancellationToken);

        Assert.Equal([("role:DO", 1), ("role:BE", 2), ("role:FE", 2), ("role:TL", 3), ("role:PM", 4)], reached.Select(r => (r.Id, r.Hops)));
    }

    [Fact]
    public void FindReachableActors_MaxHops_StopsTheWalk()
    {
        var reached = _queries.FindReachableActors("role:QA", HandoffDirection.Upstream, maxHops: 1, TestContext.Current.CancellationToken);

        Assert.Equal("role:DO", Assert.Single(reached).Id);
    }

    [Fact]
    public void FindReachableActors_OfAnUnknownActorOrAnOutsideSink_IsEmpty()
    {
        Assert.Empty(_queries.FindReachableActors("role:NOBODY", HandoffDirection.Downstream, cancellationToken: TestContext.Current.CancellationToken));
        Assert.Empty(_queries.FindReachableActors("external:stakeholders", HandoffDirection.Downstream, cancellationToken: TestContext.Current.CancellationToken));
    }
}
