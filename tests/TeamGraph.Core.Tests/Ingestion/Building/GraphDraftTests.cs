using TeamGraph.Core.Cards;
using TeamGraph.Core.Graph;
using TeamGraph.Core.Graph.Schema;
using TeamGraph.Core.Ingestion.Building;

namespace TeamGraph.Core.Tests.Ingestion.Building;

public class GraphDraftTests
{
    [Fact]
    public void ToGraph_AnIdAddedTwice_KeepsWhatWasAddedFirst()
    {
        var draft = new GraphDraft();
        draft.AddNode("document:a.md", NodeLabels.Document, Document("a.md", 1, "first"));
        draft.AddNode("document:b.md", NodeLabels.Document, Document("b.md", 1, "B"));
        draft.AddNode("document:a.md", NodeLabels.Document, Document("a.md", 9, "second"));
        draft.AddRelationship(RelationshipTypes.LinksTo, "document:a.md", "document:b.md", Link(3, "first"), "3");
        draft.AddRelationship(RelationshipTypes.LinksTo, "document:a.md", "document:b.md", Link(4, "other line"), "4");
        draft.AddRelationship(RelationshipTypes.LinksTo, "document:a.md", "document:b.md", Link(3, "second"), "3");

        var graph = draft.ToGraph();

        Assert.Equal("first", graph.FindNode("document:a.md")!.Get(DocumentProperties.Title));
        Assert.Equal(["LINKS_TO:document:a.md->document:b.md#3", "LINKS_TO:document:a.md->document:b.md#4"], graph.Relationships.Select(r => r.Id));
        Assert.Equal(["first", "other line"], graph.Relationships.Select(r => r.Get(LinksToProperties.Text)));
    }

    private static PropertyBag Document(string path, int line, string title) =>
        new PropertyBag(new SourceRef(path, line)).Set(DocumentProperties.Path, path).Set(DocumentProperties.Exists, true).Set(DocumentProperties.Title, title);

    private static PropertyBag Link(int line, string text) => new PropertyBag(new SourceRef("a.md", line)).Set(LinksToProperties.Text, text);
}
