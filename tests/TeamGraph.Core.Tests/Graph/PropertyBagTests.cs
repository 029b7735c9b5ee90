using TeamGraph.Core.Cards;
using TeamGraph.Core.Graph;
using TeamGraph.Core.Graph.Schema;

namespace TeamGraph.Core.Tests.Graph;

public class PropertyBagTests
{
    private static readonly SourceRef At = new("roles/qa.md", 7);

    [Fact]
    public void Build_SortsMoreProperties_ThanTheBagFirstHolds()
    {
        var built = new PropertyBag(At)
            .Set(DeclaresProperties.What, "Test report").Set(DeclaresProperties.Side, "output").Set(DeclaresProperties.Note, "weekly")
            .Set(DeclaresProperties.Giver, "role:qa").Set(DeclaresProperties.Format, "PDF").Set(DeclaresProperties.Trigger, "release")
            .Set(DeclaresProperties.Receivers, ["role:dev", "role:pm"])
            .Build();

        Assert.Equal(["format", "giver", "note", "receivers", "side", "source", "trigger", "what"], built.Keys);
        Assert.Equal("roles/qa.md:7", built["source"]);
        Assert.Equal("PDF", built["format"]);
        Assert.Equal<string>(["role:dev", "role:pm"], (string[])built["receivers"]);
    }

    [Fact]
    public void Set_BlankOrDefaultAfterAValue_RemovesIt_AndASecondValueReplacesTheFirst()
    {
        var built = new PropertyBag(At)
            .Set(DeclaresProperties.Format, "PDF").Set(DeclaresProperties.Note, "weekly").Set(DeclaresProperties.Trigger, "release")
            .Set(DeclaresProperties.Format, "  ").Set(DeclaresProperties.Receivers, ["role:dev"]).Set(DeclaresProperties.Receivers, [])
            .Set(DeclaresProperties.Note, "monthly")
            .Build();

        Assert.Equal(["note", "source", "trigger"], built.Keys);
        Assert.Equal("monthly", built["note"]);
        Assert.Equal("release", built["trigger"]);
    }

    [Fact]
    public void Build_GivesElementsWithTheSameKeys_OneKeyArray()
    {
        var first = new PropertyBag(At).Set(DeclaresProperties.What, "Test report").Set(DeclaresProperties.Note, "weekly").Build();
        var second = new PropertyBag(new SourceRef("roles/dev.md", 3)).Set(DeclaresProperties.Note, "daily").Set(DeclaresProperties.What, "Build").Build();
        var other = new PropertyBag(At).Set(DeclaresProperties.What, "Test report").Build();

        Assert.Same(first.Keys, second.Keys);
        Assert.NotSame(first.Keys, other.Keys);
        Assert.Equal(["note", "source", "what"], second.Keys);
    }
}
