using TeamGraph.Core.Cards;
using TeamGraph.Core.Graph;
using TeamGraph.Core.Graph.Schema;
using TeamGraph.Core.Ingestion.Building;

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

    [Fact]
    public void AddedToTheDraft_TheBagCannotBeUsedAgain_AndTheNextBagStartsEmpty()
    {
        var draft = new GraphDraft();
        var first = Document(new SourceRef("a.md", 1), "a.md").Set(DocumentProperties.Title, "A").Set(DocumentProperties.Kind, "role-card")
            .Set(DocumentProperties.Sha256, "00").Set(DocumentProperties.StaleReason, "gone").Set(DocumentProperties.Stale, true);
        draft.AddNode("document:a.md", NodeLabels.Document, first);
        draft.AddNode("document:b.md", NodeLabels.Document, Document(new SourceRef("b.md", 2), "b.md"));
        draft.AddRelationship(RelationshipTypes.LinksTo, "document:a.md", "document:b.md", new PropertyBag(new SourceRef("a.md", 3)));

        Assert.Throws<InvalidOperationException>(() => first.Set(DocumentProperties.Title, "again"));
        Assert.Throws<InvalidOperationException>(() => draft.AddNode("document:c.md", NodeLabels.Document, first));
        var graph = draft.ToGraph();
        Assert.Equal(["exists", "kind", "path", "sha256", "source", "stale", "staleReason", "title"], graph.FindNode("document:a.md")!.Properties.Keys);
        Assert.Equal(["exists", "path", "source"], graph.FindNode("document:b.md")!.Properties.Keys);
        Assert.Equal("b.md:2", graph.FindNode("document:b.md")!.Properties["source"]);
        Assert.Equal(["source"], Assert.Single(graph.Relationships).Properties.Keys);
    }

    private static PropertyBag Document(SourceRef source, string path) =>
        new PropertyBag(source).Set(DocumentProperties.Path, path).Set(DocumentProperties.Exists, true);

    [Fact]
    public void Source_OfElementsMadeOneAfterAnother_IsSpelledOnceAndEachLineAsItself()
    {
        var first = new PropertyBag(At).Build();
        var same = new PropertyBag(new SourceRef("roles/qa.md", 7)).Build();
        var next = new PropertyBag(new SourceRef("roles/qa.md", 8)).Build();
        var back = new PropertyBag(At).Build();

        Assert.Same(first["source"], same["source"]);
        Assert.Equal("roles/qa.md:8", next["source"]);
        Assert.Equal("roles/qa.md:7", back["source"]);
    }
}
