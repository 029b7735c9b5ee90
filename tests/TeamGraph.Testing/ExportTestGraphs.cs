using TeamGraph.Core.Graph;

namespace TeamGraph.Testing;

/// <summary>Hand-built graphs for the exporter tests (JSON lines in Core, the Cypher script in Neo4j), full of text that breaks naive quoting.</summary>
public static class ExportTestGraphs
{
    public const string NastyText = "It's \"quoted\" back\\slash \\' end\\";
    public const string MultiLineText = "line1\nline2\r\n\ttabbed; */ not a comment // nor this /* open";
    public const string UnicodeText = "Обеспечить доставку 🚀 👩‍💻 ünïcödé 中文";
    public const string ControlText = "\u0000\u0001\u001f\u007f\u0085\u2028\u2029\uFEFF\b\f end";

    public static PropertyGraph Nasty()
    {
        var role = new GraphNode("role:DO", NodeLabels.Role, new Dictionary<string, object>
        {
            ["code"] = "DO",
            ["name"] = "DevOps Engineer",
            ["mission"] = UnicodeText,
            ["documented"] = true,
            ["share"] = 0.7,
            ["whole"] = 3.0,
            ["huge"] = 1e20,
            ["tiny"] = -1.5e-7,
            ["rank"] = 42L,
            ["negative"] = -7L,
            ["aliases"] = new[] { "Ops", "Дев'Опс", NastyText },
            ["noAliases"] = Array.Empty<string>(),
            ["source"] = "roles/devops-engineer.md:12",
        });
        var handoff = new GraphNode("handoff:DO->QA:release 'v1'", NodeLabels.Handoff, new Dictionary<string, object>
        {
            ["id"] = "handoff:DO->QA:release 'v1'",
            ["what"] = MultiLineText,
            ["format"] = NastyText,
            ["control"] = ControlText,
            ["empty"] = string.Empty,
            ["status"] = "ONE_SIDED",
            ["source"] = "roles/devops-engineer.md:40",
        });
        var document = new GraphNode("document:roles/o'neil \"x\"\\.md", NodeLabels.Document, new Dictionary<string, object>
        {
            ["path"] = "roles/o'neil \"x\"\\.md",
            ["source"] = "roles/o'neil \"x\"\\.md:1",
        });
        var qa = new GraphNode("role:QA", NodeLabels.Role, new Dictionary<string, object>());

        var gives = new GraphRelationship("gives:DO:release", RelationshipTypes.Gives, role.Id, handoff.Id, new Dictionary<string, object>
        {
            ["note"] = "a;\nb;",
            ["end"] = "keyword as key",
            ["order"] = 1L,
            ["source"] = "roles/devops-engineer.md:40",
        });
        var to = new GraphRelationship("to:release:QA", RelationshipTypes.To, handoff.Id, qa.Id, new Dictionary<string, object>());
        var describedIn = new GraphRelationship("described-in:DO", RelationshipTypes.DescribedIn, role.Id, document.Id, new Dictionary<string, object>
        {
            ["source"] = MultiLineText,
        });

        return new PropertyGraph([role, handoff, document, qa], [gives, to, describedIn]);
    }

    public static PropertyGraph OfOneNode(GraphNode node) => new([node], []);

    public static GraphNode Node(string id, string label, params (string Key, object Value)[] properties) =>
        new(id, label, properties.ToDictionary(p => p.Key, p => p.Value));
}
