using CsCheck;
using TeamGraph.Core.Graph;
using TeamGraph.Core.Ingestion.Building;

namespace TeamGraph.Core.Tests.Graph;

public sealed class GraphRelationshipIdTests
{
    private static readonly IReadOnlyDictionary<string, object> NoProperties = PropertyDictionary.Empty;

    // Types that are prefixes of one another, with a character either side of the ':' that follows the type.
    private static readonly string[] Types = ["A", "A_B", "AB", ""];

    // Node ids as a graph shares them: the same instance in many relationships.
    private static readonly string[] SharedIds = ["role:A", "role:A-b", "role:A b", "#", "-"];

    [Fact]
    public void ComposedId_IsSpelledAsGraphIdsSpellsIt()
    {
        var plain = GraphRelationship.Composed("GIVES", "role:DO", "handoff:x", null, NoProperties);
        var told = GraphRelationship.Composed("HANDS_OFF", "role:DO", "role:QA", "handoff:x", NoProperties);

        Assert.Equal(GraphIds.Relationship("GIVES", "role:DO", "handoff:x"), plain.Id);
        Assert.Equal("GIVES:role:DO->handoff:x", plain.Id);
        Assert.Equal("HANDS_OFF:role:DO->role:QA#handoff:x", told.Id);
    }

    [Fact]
    public void CompareIds_OrdersAsTheSpelledOutIds()
    {
        // Pieces from a small alphabet that has the separators, characters below and above them, and prefixes of one
        // another, so that piece boundaries fall at every place in the comparison.
        var piece = Gen.OneOf(Gen.Const(""), Gen.String[Gen.Char[" #-.0:>A_aé"], 0, 5], Gen.Int[0, SharedIds.Length - 1].Select(i => SharedIds[i]));
        var relationship = Gen.Select(Gen.Int[0, Types.Length - 1].Select(i => Types[i]), piece, piece, Gen.Bool, piece, Gen.Bool)
            .Select(p => p.Item6
                ? new GraphRelationship(GraphRelationship.ComposedId(p.Item1, p.Item2, p.Item3, p.Item4 ? p.Item5 : null), p.Item1, p.Item2, p.Item3, NoProperties)
                : GraphRelationship.Composed(p.Item1, p.Item2, p.Item3, p.Item4 ? p.Item5 : null, NoProperties));

        Gen.Select(relationship, relationship).Sample(
            pair =>
            {
                var spelled = Math.Sign(string.CompareOrdinal(pair.Item1.Id, pair.Item2.Id));
                Assert.Equal(spelled, Math.Sign(GraphRelationship.CompareIds(pair.Item1, pair.Item2)));
                Assert.Equal(spelled == 0, GraphRelationship.IdEquality.Equals(pair.Item1, pair.Item2));
                if (spelled == 0)
                {
                    Assert.Equal(GraphRelationship.IdEquality.GetHashCode(pair.Item1), GraphRelationship.IdEquality.GetHashCode(pair.Item2));
                }
            },
            iter: 50_000);
    }

    [Fact]
    public void IdEquality_PartsThatSpellTheSameId_AreOneRelationship()
    {
        // A node id may hold "->": these two spell one id, so the graph draft keeps the first and drops the second.
        var first = GraphRelationship.Composed("T", "a->b", "c", null, NoProperties);
        var second = GraphRelationship.Composed("T", "a", "b->c", null, NoProperties);
        var spelled = new GraphRelationship("T:a->b->c", "T", "a", "b->c", NoProperties);

        Assert.Equal(first.Id, second.Id);
        Assert.True(GraphRelationship.IdEquality.Equals(first, second));
        Assert.True(GraphRelationship.IdEquality.Equals(first, spelled));
        Assert.Equal(GraphRelationship.IdEquality.GetHashCode(first), GraphRelationship.IdEquality.GetHashCode(second));
        Assert.Equal(GraphRelationship.IdEquality.GetHashCode(first), GraphRelationship.IdEquality.GetHashCode(spelled));
        Assert.False(GraphRelationship.IdEquality.Equals(first, GraphRelationship.Composed("T", "a->b", "c", "", NoProperties)));
    }

    [Fact]
    public void PropertyGraph_OfALargeTeamsRelationships_ListsThemInIdOrder()
    {
        // Enough relationships that the graph sorts them in two halves and merges them.
        var random = new Random(20261207);
        var nodes = Enumerable.Range(0, 400).Select(i => new GraphNode($"role:R{i}", NodeLabels.Role, NoProperties)).ToList();
        var relationships = Enumerable.Range(0, 60_000)
            .Select(i => GraphRelationship.Composed(
                Types[random.Next(3)], nodes[random.Next(nodes.Count)].Id, nodes[random.Next(nodes.Count)].Id, i % 3 == 0 ? null : $"d{i}", NoProperties))
            .ToList();

        var graph = new PropertyGraph(nodes, relationships);

        Assert.Equal(relationships.Select(r => r.Id).Order(StringComparer.Ordinal), graph.Relationships.Select(r => r.Id));
    }

    [Fact]
    public void Equality_DoesNotDependOnHowTheIdIsHeld()
    {
        var composed = GraphRelationship.Composed("MEETS", "role:A", "role:B", "x", NoProperties);
        var spelled = new GraphRelationship("MEETS:role:A->role:B#x", "MEETS", "role:A", "role:B", NoProperties);
        var other = new GraphRelationship("MEETS:role:A->role:B#y", "MEETS", "role:A", "role:B", NoProperties);

        Assert.Equal(composed, spelled);
        Assert.Equal(composed.GetHashCode(), spelled.GetHashCode());
        Assert.NotEqual(composed, other);
    }
}
