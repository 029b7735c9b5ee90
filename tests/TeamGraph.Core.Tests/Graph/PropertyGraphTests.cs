using TeamGraph.Core.Graph;

namespace TeamGraph.Core.Tests.Graph;

public class PropertyGraphTests
{
    private static readonly Dictionary<string, object> NoProperties = [];

    [Theory]
    [InlineData(10)]
    [InlineData(60_000)]
    public void New_RelationshipsToNodesThatAreNotThere_NameTheFirstInIdOrder(int relationships)
    {
        // 60,000 relationships: the nodes are indexed beside the sorting, and the ends checked in blocks at once; the two
        // dangling ones fall in the first block (R001's) and the last (TO comes after GIVES).
        var nodes = Enumerable.Range(0, 500).Select(i => new GraphNode($"role:R{i:D3}", NodeLabels.Role, NoProperties)).ToList();
        var all = Enumerable.Range(0, relationships)
            .Select(i => GraphRelationship.Composed("GIVES", nodes[i % 500].Id, nodes[(i * 7) % 500].Id, $"d{i:D6}", NoProperties))
            .Append(GraphRelationship.Composed("TO", "role:R001", "role:ZZZ", null, NoProperties))
            .Append(GraphRelationship.Composed("GIVES", "role:R001", "role:nobody", null, NoProperties))
            .Reverse();

        var error = Assert.Throws<ArgumentException>(() => new PropertyGraph(nodes, all));

        Assert.StartsWith("Relationship GIVES:role:R001->role:nobody points at a node that is not in the graph.", error.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(10)]
    [InlineData(60_000)]
    public void New_TwoNodesWithOneId_IsRefusedBeforeAnyRelationshipIsChecked(int relationships)
    {
        var nodes = Enumerable.Range(0, 500).Select(i => new GraphNode($"role:R{i:D3}", NodeLabels.Role, NoProperties))
            .Append(new GraphNode("role:R250", NodeLabels.Role, NoProperties)).ToList();
        var all = Enumerable.Range(0, relationships)
            .Select(i => GraphRelationship.Composed("GIVES", nodes[i % 500].Id, i == 0 ? "role:nobody" : nodes[(i * 7) % 500].Id, $"d{i:D6}", NoProperties));

        var error = Assert.Throws<ArgumentException>(() => new PropertyGraph(nodes, all));

        Assert.StartsWith("Two nodes have the id role:R250.", error.Message, StringComparison.Ordinal);
    }
}
