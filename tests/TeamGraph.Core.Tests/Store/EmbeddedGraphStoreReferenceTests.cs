using TeamGraph.Core.Graph;
using TeamGraph.Core.Store;
using TeamGraph.Core.Tests.Queries;

namespace TeamGraph.Core.Tests.Store;

/// <summary>
/// The store's handoff and neighbour reads, single and batched, against their definitions written plainly over the
/// graph's relationships: on random teams, and on a team with a hub that hundreds of handoffs reach directly and
/// through a group.
/// </summary>
public class EmbeddedGraphStoreReferenceTests
{
    private static readonly string[] Types = [RelationshipTypes.Gives, RelationshipTypes.To, RelationshipTypes.MemberOf];

    public static TheoryData<int> Seeds { get; } = [.. Enumerable.Range(0, 40)];

    [Theory]
    [MemberData(nameof(Seeds))]
    public async Task Reads_RandomTeam_EqualTheirDefinitions(int seed) => await AssertReadsMatchAsync(RandomTeam.Generate(new Random(seed)));

    [Fact]
    public async Task Reads_TeamWithAHub_EqualTheirDefinitions()
    {
        var graph = HubTeam(roles: 400);
        await AssertReadsMatchAsync(graph);

        var received = await new EmbeddedGraphStore(graph).GetHandoffsToAsync("role:R000", TestContext.Current.CancellationToken);
        Assert.Equal(400 - 1 + 400, received.Count);
    }

    private static async Task AssertReadsMatchAsync(PropertyGraph graph)
    {
        var store = new EmbeddedGraphStore(graph);
        var ct = TestContext.Current.CancellationToken;
        var ids = graph.Nodes.Select(n => n.Id).Append("role:nobody").ToList();

        var given = await store.GetHandoffsFromAsync(ids, ct);
        var received = await store.GetHandoffsToAsync(ids, ct);
        foreach (var id in ids)
        {
            Assert.Equal(HandoffsOf(graph, id, RelationshipTypes.Gives), (await store.GetHandoffsFromAsync(id, ct)).Select(h => h.Id));
            Assert.Equal(HandoffsOf(graph, id, RelationshipTypes.To), (await store.GetHandoffsToAsync(id, ct)).Select(h => h.Id));
            Assert.Equal(HandoffsOf(graph, id, RelationshipTypes.Gives), given[id].Select(h => h.Id));
            Assert.Equal(HandoffsOf(graph, id, RelationshipTypes.To), received[id].Select(h => h.Id));
        }

        foreach (var type in Types)
        {
            foreach (var direction in Enum.GetValues<RelationshipDirection>())
            {
                var batched = await store.GetNeighboursAsync(ids, type, direction, ct);
                foreach (var id in ids)
                {
                    var expected = NeighboursOf(graph, id, type, direction);
                    Assert.Equal(expected, (await store.GetNeighboursAsync(id, type, direction, ct)).Select(n => (n.Relationship.Id, n.Node.Id)));
                    Assert.Equal(expected, batched[id].Select(n => (n.Relationship.Id, n.Node.Id)));
                    Assert.Equal(expected.Count > 0, batched.Contains(id));
                }
            }
        }
    }

    /// <summary>Handoffs given (<c>GIVES</c>) or received (<c>TO</c>) by the actor or a group it is a member of, by id.</summary>
    private static List<string> HandoffsOf(PropertyGraph graph, string actorId, string type)
    {
        var actors = graph.Relationships.Where(r => r.Type == RelationshipTypes.MemberOf && r.StartId == actorId).Select(r => r.EndId).Append(actorId).ToHashSet();
        var handoffs = type == RelationshipTypes.Gives
            ? graph.Relationships.Where(r => r.Type == type && actors.Contains(r.StartId)).Select(r => r.EndId)
            : graph.Relationships.Where(r => r.Type == type && actors.Contains(r.EndId)).Select(r => r.StartId);
        return [.. handoffs.Distinct().Order(StringComparer.Ordinal)];
    }

    private static List<(string Relationship, string Node)> NeighboursOf(PropertyGraph graph, string nodeId, string type, RelationshipDirection direction) =>
    [
        .. graph.Relationships.Where(r => r.Type == type)
            .SelectMany(r => new[]
            {
                direction != RelationshipDirection.Incoming && r.StartId == nodeId ? (r.Id, r.EndId) : default,
                direction != RelationshipDirection.Outgoing && r.EndId == nodeId ? (r.Id, r.StartId) : default,
            })
            .Where(p => p.Id is not null)
            .OrderBy(p => p.Id, StringComparer.Ordinal),
    ];

    /// <summary>
    /// Roles R000 to R(n-1), all members of one group; each other role hands R000 a report and hands the group a
    /// release, so R000 receives n - 1 handoffs directly and n through the group.
    /// </summary>
    private static PropertyGraph HubTeam(int roles)
    {
        var nodes = new List<GraphNode> { RandomTeam.Node("group:team", NodeLabels.Group) };
        var relationships = new List<GraphRelationship>();
        for (var i = 0; i < roles; i++)
        {
            var role = $"role:R{i:D3}";
            nodes.Add(RandomTeam.Node(role, NodeLabels.Role));
            relationships.Add(RandomTeam.Relationship(RelationshipTypes.MemberOf, role, "group:team"));
            Handoff($"handoff:release-{i:D3}", role, "group:team");
            if (i > 0)
            {
                Handoff($"handoff:report-{i:D3}", role, "role:R000");
            }
        }

        return new PropertyGraph(nodes, relationships);

        void Handoff(string id, string giver, string receiver)
        {
            nodes.Add(RandomTeam.Node(id, NodeLabels.Handoff));
            relationships.Add(RandomTeam.Relationship(RelationshipTypes.Gives, giver, id));
            relationships.Add(RandomTeam.Relationship(RelationshipTypes.To, id, receiver));
        }
    }
}
