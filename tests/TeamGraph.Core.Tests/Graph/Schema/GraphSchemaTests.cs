using TeamGraph.Core.Cards;
using TeamGraph.Core.Graph;
using TeamGraph.Core.Graph.Schema;
using TeamGraph.Core.Ingestion.Building;

namespace TeamGraph.Core.Tests.Graph.Schema;

/// <summary>The typed graph model: schemas for the whole vocabulary, the draft's check of required properties, typed reads.</summary>
public class GraphSchemaTests
{
    private static readonly SourceRef At = new("roles/x.md", 3);

    private static PropertyBag Role(string code = "X") =>
        new PropertyBag(At).Set(RoleProperties.Code, code).Set(RoleProperties.Name, "Role " + code).Set(RoleProperties.Documented, true);

    private static GraphNode Built(string id, string label, PropertyBag properties)
    {
        var draft = new GraphDraft();
        draft.AddNode(id, label, properties);
        return draft.ToGraph().FindNode(id)!;
    }

    [Fact]
    public void Schemas_CoverTheWholeVocabulary_EachWithSourceFirstAndUniqueNames()
    {
        var schemas = NodeLabels.All.Select(GraphSchema.Node).Concat(RelationshipTypes.All.Select(GraphSchema.Relationship)).ToList();

        Assert.All(schemas, Assert.NotNull);
        Assert.All(schemas, s => Assert.Same(PropertyKeys.Source, s!.Keys[0]));
        Assert.All(schemas, s => Assert.Equal(s!.Keys.Count, s.Keys.Select(k => k.Name).Distinct(StringComparer.Ordinal).Count()));
        Assert.Null(GraphSchema.Node("Person"));
        Assert.Null(GraphSchema.Relationship("LIKES"));
    }

    [Fact]
    public void AddNode_RequiredPropertyMissing_IsRefusedAsABuilderBug()
    {
        var draft = new GraphDraft();

        var error = Assert.Throws<InvalidOperationException>(() =>
            draft.AddNode("role:X", NodeLabels.Role, new PropertyBag(At).Set(RoleProperties.Code, "X").Set(RoleProperties.Documented, true)));

        Assert.Contains("'name'", error.Message, StringComparison.Ordinal);
        Assert.Contains("role:X", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void AddRelationship_BlankRequiredText_IsNotStoredAndIsRefused()
    {
        var draft = new GraphDraft();
        draft.AddNode("role:X", NodeLabels.Role, Role());
        draft.AddNode("role:Y", NodeLabels.Role, Role("Y"));

        var error = Assert.Throws<InvalidOperationException>(() => draft.AddRelationship(RelationshipTypes.EscalatesTo, "role:X", "role:Y",
            new PropertyBag(At).Set(EscalatesToProperties.Situation, "   ")));

        Assert.Contains("'situation'", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void AddNode_LabelOutsideTheVocabulary_IsRefused() =>
        Assert.Throws<InvalidOperationException>(() => new GraphDraft().AddNode("person:x", "Person", new PropertyBag(At)));

    [Fact]
    public void AddNode_PropertyOfAnotherLabel_IsRefused() =>
        Assert.Throws<InvalidOperationException>(() => new GraphDraft().AddNode("role:X", NodeLabels.Role, Role().Set(HandoffProperties.Status, "CONFIRMED")));

    [Fact]
    public void Get_OptionalAndDefaultedPropertiesNotWritten_AreNullAndTheirDefaults()
    {
        var role = Built("role:X", NodeLabels.Role, Role().Set(RoleProperties.Level, " ").Set(RoleProperties.Aliases, []));

        Assert.Null(role.Get(RoleProperties.Level));
        Assert.Null(role.Get(RoleProperties.Mission));
        Assert.Empty(role.Get(RoleProperties.Aliases));
        Assert.Equal(["code", "documented", "name", "source"], role.Properties.Keys);
    }

    [Fact]
    public void Get_WrittenProperties_ComeBackTyped()
    {
        var document = Built("doc:a.md", NodeLabels.Document, new PropertyBag(At)
            .Set(DocumentProperties.Path, "a.md").Set(DocumentProperties.Exists, false).Set(DocumentProperties.External, true).Set(DocumentProperties.Title, "  A  "));

        Assert.Equal("a.md", document.Get(DocumentProperties.Path));
        Assert.False(document.Get(DocumentProperties.Exists));
        Assert.True(document.Get(DocumentProperties.External));
        Assert.Equal("A", document.Get(DocumentProperties.Title));
        Assert.Equal(At, document.Source);
    }

    [Fact]
    public void Set_DefaultValues_AreNotStored()
    {
        var properties = new PropertyBag(At).Set(DocumentProperties.External, false).Set(HandoffProperties.Conflicts, []).Set(HandoffProperties.Sources, null).Build();

        Assert.Equal(["source"], properties.Keys);
    }

    [Fact]
    public void Sources_AreStoredAsPathLineStringsAndReadBackAsSourceRefs()
    {
        var handoff = Built("handoff:1", NodeLabels.Handoff, new PropertyBag(At)
            .Set(HandoffProperties.What, "Release").Set(HandoffProperties.Status, HandoffStatus.Confirmed)
            .Set(HandoffProperties.Sources, [new SourceRef("a.md", 2), new SourceRef("b.md", 10)]));

        Assert.Equal(["a.md:2", "b.md:10"], (string[])handoff.Properties["sources"]);
        Assert.Equal([new SourceRef("a.md", 2), new SourceRef("b.md", 10)], handoff.Get(HandoffProperties.Sources));
    }

    [Fact]
    public void Get_RequiredOnAnElementNotBuiltThroughTheSchema_ThrowsNamingTheProperty()
    {
        var bare = new GraphNode("role:X", NodeLabels.Role, new Dictionary<string, object> { ["source"] = "x.md:1" });

        var error = Assert.Throws<InvalidOperationException>(() => bare.Get(RoleProperties.Name));

        Assert.StartsWith("Node 'role:X' has no 'name'", error.Message, StringComparison.Ordinal);
        Assert.Null(bare.Get(RoleProperties.Level));
    }

    [Fact]
    public void Get_RequiredOnARelationshipNotBuiltThroughTheSchema_ThrowsNamingTheRelationshipAndProperty()
    {
        var bare = new GraphRelationship("declares:x", RelationshipTypes.Declares, "document:x.md", "handoff:x", new Dictionary<string, object> { ["source"] = "x.md:1" });

        var error = Assert.Throws<InvalidOperationException>(() => bare.Get(DeclaresProperties.Side));

        Assert.StartsWith("Relationship 'declares:x' has no 'side'", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void FromStore_StoreKeysAndObjectLists_AreRebuiltAsTheBuilderStoresThem()
    {
        var stored = new Dictionary<string, object?>
        {
            ["source"] = "roles/x.md:3",
            ["code"] = "X",
            ["name"] = "Role X",
            ["documented"] = true,
            ["aliases"] = new object?[] { "Ex" },
            ["level"] = null,
            ["ingestScope"] = "seed",
            ["id"] = "role:X",
        };

        var properties = RoleProperties.Schema.FromStore(stored, out var problem);

        Assert.Null(problem);
        Assert.Equal(["aliases", "code", "documented", "name", "source"], properties!.Keys);
        Assert.Equal(["Ex"], (string[])properties["aliases"]);
    }

    [Fact]
    public void FromStore_RequiredMissingOrWrongType_GivesTheProblem()
    {
        Assert.Null(RoleProperties.Schema.FromStore(new Dictionary<string, object?> { ["source"] = "x.md:1", ["code"] = "X" }, out var missing));
        Assert.Contains("'name'", missing, StringComparison.Ordinal);

        Assert.Null(RoleProperties.Schema.FromStore(
            new Dictionary<string, object?> { ["source"] = "x.md:1", ["code"] = "X", ["name"] = "X", ["documented"] = "yes" }, out var wrongType));
        Assert.Contains("'documented'", wrongType, StringComparison.Ordinal);
    }
}
