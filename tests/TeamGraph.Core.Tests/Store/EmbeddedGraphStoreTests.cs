using TeamGraph.Core.Diagnostics;
using TeamGraph.Core.Graph;
using TeamGraph.Core.Ingestion.Building;
using TeamGraph.Core.Ingestion.Resolution;
using TeamGraph.Core.Store;
using static TeamGraph.Core.Tests.CardFactory;

namespace TeamGraph.Core.Tests.Store;

public class EmbeddedGraphStoreTests
{
    private static PropertyGraph Team()
    {
        var devops = Card("roles/devops.md", "DO", "DevOps Engineer") with
        {
            Inputs = [Flow("roles/devops.md", 20, "Developers", "Merged code")],
            Outputs = [Flow("roles/devops.md", 30, "QA", "Staging deployments"), Flow("roles/devops.md", 31, "Team", "Deployment status")],
        };
        var chart = Chart("roles/devops.md", ("TL", "Tech Lead"), ("BE", "Backend Dev"), ("QA", "QA Engineer"));
        return TeamGraphBuilder.Build(TeamRegistry.Empty, [Document(devops, chart)], new List<Diagnostic>());
    }

    private readonly EmbeddedGraphStore _store = new(Team());

    [Theory]
    [InlineData("DO")]
    [InlineData("do")]
    [InlineData("DevOps Engineer")]
    [InlineData("devops engineer")]
    public async Task FindRole_ByCodeOrNameAnyCase_FindsTheRole(string key)
    {
        var role = await _store.FindRoleAsync(key, TestContext.Current.CancellationToken);

        Assert.Equal("role:DO", role?.Id);
    }

    [Fact]
    public async Task FindRole_ByMermaidLabelAlias_FindsTheUndocumentedRole()
    {
        Assert.Equal("role:TL", (await _store.FindRoleAsync("tech lead", TestContext.Current.CancellationToken))?.Id);
        Assert.Null(await _store.FindRoleAsync("Nobody", TestContext.Current.CancellationToken));
    }

    [Fact]
    public async Task GetHandoffsTo_IncludesHandoffsToTheRolesGroups()
    {
        var received = await _store.GetHandoffsToAsync("role:QA", TestContext.Current.CancellationToken);

        Assert.Equal(["Deployment status", "Staging deployments"], received.Select(h => (string)h.Properties["what"]).Order());
    }

    [Fact]
    public async Task GetHandoffsFrom_BackendThroughDevelopersGroup_FindsMergedCode()
    {
        var given = await _store.GetHandoffsFromAsync("role:BE", TestContext.Current.CancellationToken);

        Assert.Equal("Merged code", Assert.Single(given).Properties["what"]);
    }

    [Fact]
    public async Task GetNeighbours_FollowsOneRelationshipTypeInTheAskedDirection()
    {
        var outgoing = await _store.GetNeighboursAsync("role:DO", RelationshipTypes.HandsOff, RelationshipDirection.Outgoing, TestContext.Current.CancellationToken);
        var incoming = await _store.GetNeighboursAsync("role:DO", RelationshipTypes.HandsOff, RelationshipDirection.Incoming, TestContext.Current.CancellationToken);

        Assert.Equal(["role:QA", "group:team"], outgoing.Select(n => n.Node.Id).Order(StringComparer.Ordinal).Reverse());
        Assert.Equal("group:developers", Assert.Single(incoming).Node.Id);
    }

    [Fact]
    public async Task Load_SwapsTheWholeGraph()
    {
        _store.Load(PropertyGraph.Empty);

        Assert.Empty(await _store.GetRolesAsync(TestContext.Current.CancellationToken));
        Assert.Null(await _store.FindRoleAsync("DO", TestContext.Current.CancellationToken));
    }
}
