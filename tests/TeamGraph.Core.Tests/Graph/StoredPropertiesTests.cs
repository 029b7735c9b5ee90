using TeamGraph.Core.Cards;
using TeamGraph.Core.Graph;
using TeamGraph.Core.Graph.Schema;

namespace TeamGraph.Core.Tests.Graph;

/// <summary>Elements hold their properties' two arrays and make a map of them only when one is asked for.</summary>
public class StoredPropertiesTests
{
    private static readonly IReadOnlyDictionary<string, object> Built = new PropertyBag(new SourceRef("roles/qa.md", 7))
        .Set(RoleProperties.Code, "QA").Set(RoleProperties.Name, "QA Engineer").Set(RoleProperties.Mission, "Find it first").Build();

    [Fact]
    public void Node_FromAnotherKindOfMap_StoresItSortedAndReadsEveryProperty()
    {
        var unsorted = new Dictionary<string, object> { ["name"] = "QA Engineer", ["source"] = "roles/qa.md:7", ["code"] = "QA" };

        var node = new GraphNode("role:QA", NodeLabels.Role, unsorted);

        Assert.Equal(["code", "name", "source"], node.Properties.Keys);
        Assert.Equal("QA Engineer", node.Get(RoleProperties.Name));
        Assert.Equal(new SourceRef("roles/qa.md", 7), node.Source);
        Assert.Null(node.Get(RoleProperties.Mission));
        Assert.Throws<InvalidOperationException>(() => new GraphNode("role:X", NodeLabels.Role, PropertyDictionary.Empty).Get(RoleProperties.Code));
    }

    [Fact]
    public void Node_MapAskedForTwice_HoldsTheSameArraysAndCopiesNothing()
    {
        var node = new GraphNode("role:QA", NodeLabels.Role, Built);

        var first = (PropertyDictionary)node.Properties;
        var second = (PropertyDictionary)node.Properties;

        Assert.True(first.Stored.SameAs(second.Stored));
        Assert.True(first.Stored.SameAs(((PropertyDictionary)Built).Stored));
        Assert.Equal(Built.ToList(), first.ToList());
    }

    [Fact]
    public void Nodes_EqualWhenTheyHoldTheSameMap_AndNotWhenEqualMapsAreTwo()
    {
        var node = new GraphNode("role:QA", NodeLabels.Role, Built);
        var same = new GraphNode("role:QA", NodeLabels.Role, Built);
        var copied = new GraphNode("role:QA", NodeLabels.Role, PropertyDictionary.Of([.. Built]));

        Assert.Equal(node, same);
        Assert.Equal(node.GetHashCode(), same.GetHashCode());
        Assert.NotEqual(node, copied);
        Assert.NotEqual(node, same with { Label = NodeLabels.Group });
    }

    [Fact]
    public void Node_WithOtherProperties_ReadsTheNewOnes()
    {
        var node = new GraphNode("role:QA", NodeLabels.Role, Built);

        var renamed = node with { Properties = new Dictionary<string, object>(Built) { ["name"] = "Tester" } };

        Assert.Equal("Tester", renamed.Get(RoleProperties.Name));
        Assert.Equal("QA Engineer", node.Get(RoleProperties.Name));
        Assert.NotEqual(node, renamed);
        Assert.Equal(("role:QA", NodeLabels.Role), (renamed.Id, renamed.Label));
    }

    [Fact]
    public void Relationships_EqualWhenTheyHoldTheSameMap_AndTheirHashesAgree()
    {
        var a = new GraphRelationship("r1", RelationshipTypes.Gives, "role:QA", "handoff:x", Built);
        var b = new GraphRelationship("r1", RelationshipTypes.Gives, "role:QA", "handoff:x", Built);
        var copied = new GraphRelationship("r1", RelationshipTypes.Gives, "role:QA", "handoff:x", PropertyDictionary.Of([.. Built]));

        Assert.Equal(a, b);
        Assert.Equal(a.GetHashCode(), b.GetHashCode());
        Assert.NotEqual(a, copied);
        Assert.Equal("QA Engineer", a.Properties["name"]);
    }
}
