using TeamGraph.Core.Graph;
using TeamGraph.Core.Store;
using TeamGraph.Core.Tests.Queries;

namespace TeamGraph.Core.Tests.Store;

/// <summary>The batched reads answer, for every id at once, what the single-id reads answer one by one.</summary>
public class EmbeddedGraphStoreBatchTests
{
    private static readonly string[] Actors = ["role:BE", "role:DO", "role:QA", "group:developers", "role:nobody"];

    private readonly EmbeddedGraphStore _store = new(QueryTestTeam.Graph);

    public static TheoryData<bool> Readers { get; } = new(true, false);

    [Theory]
    [MemberData(nameof(Readers))]
    public async Task GetNeighbours_SeveralNodes_GroupsEachNodesNeighboursInRelationshipOrder(bool embedded)
    {
        var reader = Reader(embedded);
        var ct = TestContext.Current.CancellationToken;

        var batched = await reader.GetNeighboursAsync(Actors, RelationshipTypes.HasSkill, RelationshipDirection.Outgoing, ct);

        foreach (var id in Actors)
        {
            var single = await _store.GetNeighboursAsync(id, RelationshipTypes.HasSkill, RelationshipDirection.Outgoing, ct);
            Assert.Equal(single.Select(n => n.Relationship.Id), batched[id].Select(n => n.Relationship.Id));
        }

        Assert.NotEmpty(batched["role:DO"]);
        Assert.Empty(batched["role:nobody"]);
    }

    [Theory]
    [MemberData(nameof(Readers))]
    public async Task GetNeighbours_BothDirections_IncludesIncomingRelationships(bool embedded)
    {
        var reader = Reader(embedded);
        var batched = await reader.GetNeighboursAsync(["group:developers", "role:BE"], RelationshipTypes.MemberOf, RelationshipDirection.Both, TestContext.Current.CancellationToken);

        Assert.Contains(batched["group:developers"], n => n.Node.Id == "role:BE");
        Assert.Contains(batched["role:BE"], n => n.Node.Id == "group:developers");
    }

    [Theory]
    [MemberData(nameof(Readers))]
    public async Task GetHandoffs_SeveralActors_MatchTheSingleReadsIncludingGroupHandoffs(bool embedded)
    {
        var reader = Reader(embedded);
        var ct = TestContext.Current.CancellationToken;

        var given = await reader.GetHandoffsFromAsync(Actors, ct);
        var received = await reader.GetHandoffsToAsync(Actors, ct);

        foreach (var id in Actors)
        {
            Assert.Equal((await _store.GetHandoffsFromAsync(id, ct)).Select(h => h.Id), given[id].Select(h => h.Id));
            Assert.Equal((await _store.GetHandoffsToAsync(id, ct)).Select(h => h.Id), received[id].Select(h => h.Id));
        }

        Assert.Contains(given["role:DO"], h => h.Id.Contains("staging-deployments", StringComparison.Ordinal));
        Assert.Contains(received["role:DO"], h => h.Id.Contains("merged-code", StringComparison.Ordinal));
        Assert.Empty(given["role:nobody"]);
    }

    [Theory]
    [MemberData(nameof(Readers))]
    public async Task GetNodes_KnownAndUnknownIds_ReturnsTheKnownOnesById(bool embedded)
    {
        var reader = Reader(embedded);
        var nodes = await reader.GetNodesAsync(["role:QA", "role:nobody", "role:QA", "group:developers"], TestContext.Current.CancellationToken);

        Assert.Equal(["group:developers", "role:QA"], nodes.Keys.Order(StringComparer.Ordinal));
        Assert.Equal(NodeLabels.Role, nodes["role:QA"].Label);
    }

    /// <summary>The embedded store's own batched reads, or the interface's defaults over its single reads.</summary>
    private static ITeamGraphReader Reader(bool embedded) =>
        embedded ? new EmbeddedGraphStore(QueryTestTeam.Graph) : new SingleReadsOnly(new EmbeddedGraphStore(QueryTestTeam.Graph));

    [Fact]
    public async Task GetNeighbours_AfterLoad_ReadsTheNewGraph()
    {
        _store.Load(PropertyGraph.Empty);

        var batched = await _store.GetNeighboursAsync(Actors, RelationshipTypes.HasSkill, RelationshipDirection.Outgoing, TestContext.Current.CancellationToken);

        Assert.Equal(0, batched.Count);
    }
}
