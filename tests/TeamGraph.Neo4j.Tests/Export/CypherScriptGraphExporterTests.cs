using TeamGraph.Core.Export;
using TeamGraph.Core.Graph;
using TeamGraph.Neo4j.Export;
using TeamGraph.Neo4j.Schema;

namespace TeamGraph.Neo4j.Tests.Export;

public class CypherScriptGraphExporterTests
{
    private readonly CypherScriptGraphExporter _exporter = new();

    [Fact]
    public void Export_StartsWithTheSchemasUniquenessConstraintPerLabel()
    {
        var lines = Lines(_exporter.ExportToString(PropertyGraph.Empty));

        Assert.Equal(Neo4jSchema.IdConstraints.Select(constraint => constraint + ";"), lines);
        Assert.Equal(NodeLabels.All.Count, lines.Count);
        Assert.Equal("CREATE CONSTRAINT role_id IF NOT EXISTS FOR (n:`Role`) REQUIRE n.id IS UNIQUE;", lines[0]);
        Assert.Contains("CREATE CONSTRAINT quality_standard_id IF NOT EXISTS FOR (n:`QualityStandard`) REQUIRE n.id IS UNIQUE;", lines);
        Assert.Contains("CREATE CONSTRAINT external_actor_id IF NOT EXISTS FOR (n:`ExternalActor`) REQUIRE n.id IS UNIQUE;", lines);
    }

    [Fact]
    public void Export_SmallGraph_WritesMergeStatementsExactly()
    {
        var role = ExportTestGraphs.Node("role:DO", NodeLabels.Role, ("name", "DevOps Engineer"), ("code", "DO"), ("share", 0.7));
        var handoff = ExportTestGraphs.Node("handoff:1", NodeLabels.Handoff, ("id", "handoff:1"));
        var gives = new GraphRelationship("gives:1", RelationshipTypes.Gives, role.Id, handoff.Id, new Dictionary<string, object> { ["source"] = "a.md:3" });

        var lines = Lines(_exporter.ExportToString(new PropertyGraph([role, handoff], [gives])));

        Assert.Equal(
            [
                "MERGE (n:`Handoff` {id: 'handoff:1'});",
                "MERGE (n:`Role` {id: 'role:DO'}) SET n += {code: 'DO', name: 'DevOps Engineer', share: 0.7};",
                "MATCH (a:`Role` {id: 'role:DO'}) MATCH (b:`Handoff` {id: 'handoff:1'}) MERGE (a)-[r:`GIVES` {id: 'gives:1'}]->(b) SET r += {source: 'a.md:3'};",
            ],
            lines.Skip(NodeLabels.All.Count));
    }

    [Fact]
    public void Export_NastyGraph_WritesOneStatementPerLine()
    {
        var graph = ExportTestGraphs.Nasty();

        var lines = Lines(_exporter.ExportToString(graph));

        Assert.Equal(NodeLabels.All.Count + graph.Nodes.Count + graph.Relationships.Count, lines.Count);
        Assert.All(lines, line => Assert.EndsWith(";", line, StringComparison.Ordinal));
        Assert.All(lines, line => Assert.DoesNotContain('\r', line));
    }

    [Fact]
    public void Export_NastyGraph_QuotesEveryStringValue()
    {
        var text = _exporter.ExportToString(ExportTestGraphs.Nasty());

        Assert.Contains(@"format: 'It\'s ""quoted"" back\\slash \\\' end\\'", text, StringComparison.Ordinal);
        Assert.Contains(@"what: 'line1\nline2\r\n\ttabbed; */ not a comment // nor this /* open'", text, StringComparison.Ordinal);
        Assert.Contains(@"aliases: ['Ops', 'Дев\'Опс', ", text, StringComparison.Ordinal);
        Assert.Contains(@"MERGE (n:`Document` {id: 'document:roles/o\'neil ""x""\\.md'})", text, StringComparison.Ordinal);
    }

    [Fact]
    public void Export_UnknownRelationshipType_Throws()
    {
        var a = ExportTestGraphs.Node("a", NodeLabels.Role);
        var graph = new PropertyGraph([a], [new GraphRelationship("r", "KNOWS` {x:1}]->() DETACH DELETE a //", "a", "a", new Dictionary<string, object>())]);

        Assert.Throws<ArgumentException>(() => _exporter.ExportToString(graph));
    }

    [Theory]
    [InlineData("1st")]
    [InlineData("with space")]
    [InlineData("semi;colon")]
    [InlineData("")]
    [InlineData("имя")]
    public void Export_PropertyKeyThatIsNotAnIdentifier_Throws(string key)
    {
        var graph = ExportTestGraphs.OfOneNode(ExportTestGraphs.Node("a", NodeLabels.Role, (key, "x")));

        Assert.Throws<ArgumentException>(() => _exporter.ExportToString(graph));
    }

    [Fact]
    public void Export_IdPropertyDisagreeingWithTheNodeId_Throws()
    {
        var graph = ExportTestGraphs.OfOneNode(ExportTestGraphs.Node("a", NodeLabels.Role, ("id", "b")));

        Assert.Throws<ArgumentException>(() => _exporter.ExportToString(graph));
    }

    private static List<string> Lines(string text)
    {
        Assert.EndsWith("\n", text, StringComparison.Ordinal);
        return [.. text[..^1].Split('\n')];
    }
}
