using System.Text;
using System.Text.Json;
using TeamGraph.Core.Export;
using TeamGraph.Core.Graph;

namespace TeamGraph.Core.Tests.Export;

public class JsonLinesGraphExporterTests
{
    private readonly JsonLinesGraphExporter _exporter = new();

    [Fact]
    public void Export_NastyGraph_RoundTripsEveryNodeThroughSystemTextJson()
    {
        var graph = ExportTestGraphs.Nasty();

        var lines = ExportLines(graph);

        var nodeLines = lines.Take(graph.Nodes.Count).ToList();
        Assert.Equal(graph.Nodes.Count, nodeLines.Count);
        foreach (var (node, line) in graph.Nodes.Zip(nodeLines))
        {
            using var json = JsonDocument.Parse(line);
            var root = json.RootElement;
            Assert.Equal("node", root.GetProperty("type").GetString());
            Assert.Equal(node.Id, root.GetProperty("id").GetString());
            Assert.Equal([node.Label], root.GetProperty("labels").EnumerateArray().Select(l => l.GetString()));
            AssertProperties(node.Id, node.Properties, root.GetProperty("properties"));
        }
    }

    [Fact]
    public void Export_NastyGraph_RoundTripsEveryRelationshipWithItsEnds()
    {
        var graph = ExportTestGraphs.Nasty();

        var relationshipLines = ExportLines(graph).Skip(graph.Nodes.Count).ToList();

        Assert.Equal(graph.Relationships.Count, relationshipLines.Count);
        foreach (var (relationship, line) in graph.Relationships.Zip(relationshipLines))
        {
            using var json = JsonDocument.Parse(line);
            var root = json.RootElement;
            Assert.Equal("relationship", root.GetProperty("type").GetString());
            Assert.Equal(relationship.Id, root.GetProperty("id").GetString());
            Assert.Equal(relationship.Type, root.GetProperty("label").GetString());
            AssertEnd(graph.FindNode(relationship.StartId)!, root.GetProperty("start"));
            AssertEnd(graph.FindNode(relationship.EndId)!, root.GetProperty("end"));
            AssertProperties(relationship.Id, relationship.Properties, root.GetProperty("properties"));
        }
    }

    [Fact]
    public void Export_Relationship_MatchesApocLayoutExactly()
    {
        var role = ExportTestGraphs.Node("role:DO", NodeLabels.Role, ("code", "DO"));
        var handoff = ExportTestGraphs.Node("handoff:1", NodeLabels.Handoff);
        var gives = new GraphRelationship("gives:1", RelationshipTypes.Gives, role.Id, handoff.Id, new Dictionary<string, object> { ["source"] = "a.md:3" });

        var text = _exporter.ExportToString(new PropertyGraph([role, handoff], [gives]));

        Assert.Equal(
            """
            {"type":"node","id":"handoff:1","labels":["Handoff"],"properties":{"id":"handoff:1"}}
            {"type":"node","id":"role:DO","labels":["Role"],"properties":{"code":"DO","id":"role:DO"}}
            {"type":"relationship","id":"gives:1","label":"GIVES","start":{"id":"role:DO","labels":["Role"]},"end":{"id":"handoff:1","labels":["Handoff"]},"properties":{"id":"gives:1","source":"a.md:3"}}

            """.ReplaceLineEndings("\n"),
            text);
    }

    [Fact]
    public void Export_CyrillicAndQuotes_StayReadable()
    {
        var text = _exporter.ExportToString(ExportTestGraphs.Nasty());

        Assert.Contains("Обеспечить доставку", text, StringComparison.Ordinal);
        Assert.Contains("Дев'Опс", text, StringComparison.Ordinal);
        Assert.DoesNotContain("\\u041E", text, StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public void Export_Numbers_KeepIntegersAndFloatsApart()
    {
        var node = ExportTestGraphs.Node("role:X", NodeLabels.Role, ("whole", 3.0), ("count", 3L), ("huge", 1e20), ("small", 1e-5));

        var text = _exporter.ExportToString(ExportTestGraphs.OfOneNode(node));

        Assert.Contains("\"count\":3,", text, StringComparison.Ordinal);
        Assert.Contains("\"whole\":3.0}", text, StringComparison.Ordinal);
        Assert.Contains("\"huge\":1E20,", text, StringComparison.Ordinal);
        Assert.Contains("\"small\":1E-05,", text, StringComparison.Ordinal);
    }

    [Fact]
    public void Export_SameGraphBuiltInAnotherOrder_GivesTheSameBytes()
    {
        var graph = ExportTestGraphs.Nasty();
        var shuffled = new PropertyGraph(
            graph.Nodes.Reverse().Select(n => n with { Properties = n.Properties.Reverse().ToDictionary() }),
            graph.Relationships.Reverse());

        Assert.Equal(_exporter.ExportToString(graph), _exporter.ExportToString(shuffled));
    }

    [Fact]
    public void Export_ToStream_WritesUtf8WithoutByteOrderMark()
    {
        using var stream = new MemoryStream();

        _exporter.Export(ExportTestGraphs.Nasty(), stream);

        var bytes = stream.ToArray();
        Assert.NotEqual(0xEF, bytes[0]);
        Assert.Equal(_exporter.ExportToString(ExportTestGraphs.Nasty()), Encoding.UTF8.GetString(bytes));
    }

    [Fact]
    public void Export_LargerThanOneChunk_WritesTheSameWholeLinesToAStreamAndToAWriter()
    {
        // 3,000 nodes of Cyrillic and emoji text: several 64 KiB chunks, with multi-byte characters on every line.
        var nodes = Enumerable.Range(0, 3000)
            .Select(i => ExportTestGraphs.Node($"role:Р{i:D4}", NodeLabels.Role, ("name", $"Аналитик 🧭 №{i}"), ("source", $"роли/{i}.md:1")))
            .ToList();
        var graph = new PropertyGraph(nodes, []);
        using var stream = new MemoryStream();

        _exporter.Export(graph, stream);
        var text = _exporter.ExportToString(graph);

        Assert.True(stream.Length > 3 * 65536, $"the export is {stream.Length} bytes, not several chunks");
        Assert.Equal(Encoding.UTF8.GetBytes(text), stream.ToArray());
        var lines = text.Split('\n');
        Assert.Equal("", lines[^1]);
        Assert.Equal(nodes.Select(n => n.Id).Order(StringComparer.Ordinal), lines[..^1].Select(l => JsonDocument.Parse(l).RootElement.GetProperty("id").GetString()));
    }

    [Theory]
    [InlineData("Person", RelationshipTypes.Gives, "source")]
    [InlineData(NodeLabels.Role, "LIKES", "source")]
    [InlineData(NodeLabels.Role, RelationshipTypes.Gives, "bad key")]
    public void Export_OutsideTheVocabulary_ThrowsBeforeWritingAnything(string label, string type, string key)
    {
        var start = ExportTestGraphs.Node("a", label, (key, "x"));
        var end = ExportTestGraphs.Node("b", NodeLabels.Role);
        var graph = new PropertyGraph([start, end], [new GraphRelationship("r", type, "a", "b", new Dictionary<string, object>())]);
        using var writer = new StringWriter();

        Assert.Throws<ArgumentException>(() => _exporter.Export(graph, writer));
        Assert.Empty(writer.ToString());
    }

    [Theory]
    [InlineData(double.NaN)]
    [InlineData(double.PositiveInfinity)]
    public void Export_NonFiniteNumber_Throws(double value)
    {
        var graph = ExportTestGraphs.OfOneNode(ExportTestGraphs.Node("role:X", NodeLabels.Role, ("share", value)));

        Assert.Throws<ArgumentException>(() => _exporter.ExportToString(graph));
    }

    [Fact]
    public void Export_OfALargeGraphWithSeveralWrongElements_NamesTheFirstInTheGraphsOrderAndWritesNothing()
    {
        // 20,000 nodes and a relationship: five blocks checked at once. The first wrong element, a node with a bad key, is
        // in the second block; a relationship of an unknown type comes last and a node with a non-finite number later.
        var nodes = Enumerable.Range(0, 20_000).Select(i => ExportTestGraphs.Node($"role:R{i:D5}", NodeLabels.Role, ("source", $"roles/{i}.md:1"))).ToList();
        nodes[6_000] = ExportTestGraphs.Node("role:R06000", NodeLabels.Role, ("bad key", "x"));
        nodes[15_000] = ExportTestGraphs.Node("role:R15000", NodeLabels.Role, ("share", double.NaN));
        var graph = new PropertyGraph(nodes, [new GraphRelationship("r", "LIKES", "role:R00000", "role:R00001", new Dictionary<string, object>())]);
        using var stream = new MemoryStream();

        var error = Assert.Throws<ArgumentException>(() => _exporter.Export(graph, stream));

        Assert.Contains("Property key 'bad key' of node 'role:R06000' is not an identifier.", error.Message, StringComparison.Ordinal);
        Assert.Equal(0, stream.Length);
    }

    [Fact]
    public void Export_OfALargeGraphWhoseValuesThrow_LetsTheFirstExceptionOutAsItIs()
    {
        // Checked and written in blocks on every processor: a fault is still the fault itself, not an AggregateException,
        // so the CLI names it ("InvalidOperationException: Injected fault").
        var nodes = Enumerable.Range(0, 20_000).Select(i => ExportTestGraphs.Node($"role:R{i:D5}", NodeLabels.Role, ("source", $"roles/{i}.md:1"))).ToList();
        nodes[9_000] = ExportTestGraphs.Node("role:R09000", NodeLabels.Role, ("aliases", new ThrowingList<string>()));
        nodes[19_000] = ExportTestGraphs.Node("role:R19000", NodeLabels.Role, ("aliases", new ThrowingList<string>()));
        using var stream = new MemoryStream();

        var error = Assert.Throws<InvalidOperationException>(() => _exporter.Export(new PropertyGraph(nodes, []), stream));

        Assert.Contains("Injected fault", error.Message, StringComparison.Ordinal);
        Assert.Equal(0, stream.Length);
    }

    private List<string> ExportLines(PropertyGraph graph)
    {
        var text = _exporter.ExportToString(graph);
        Assert.EndsWith("\n", text, StringComparison.Ordinal);
        return [.. text[..^1].Split('\n')];
    }

    private static void AssertEnd(GraphNode node, JsonElement end)
    {
        Assert.Equal(node.Id, end.GetProperty("id").GetString());
        Assert.Equal([node.Label], end.GetProperty("labels").EnumerateArray().Select(l => l.GetString()));
    }

    private static void AssertProperties(string id, IReadOnlyDictionary<string, object> expected, JsonElement actual)
    {
        var actualKeys = actual.EnumerateObject().Select(p => p.Name).ToList();
        Assert.Equal(expected.Keys.Append("id").Distinct().Order(StringComparer.Ordinal), actualKeys);
        Assert.Equal(id, actual.GetProperty("id").GetString());
        foreach (var (key, value) in expected)
        {
            var element = actual.GetProperty(key);
            switch (value)
            {
                case string text:
                    Assert.Equal(text, element.GetString());
                    break;
                case long number:
                    Assert.Equal(number, element.GetInt64());
                    break;
                case double number:
                    Assert.Equal(number, element.GetDouble());
                    Assert.False(element.TryGetInt64(out _), $"{key} should read as a float, not an integer: {element.GetRawText()}");
                    break;
                case bool flag:
                    Assert.Equal(flag, element.GetBoolean());
                    break;
                case string[] items:
                    Assert.Equal(items, element.EnumerateArray().Select(i => i.GetString()));
                    break;
                default:
                    Assert.Fail($"Unexpected test value type {value.GetType().Name}.");
                    break;
            }
        }
    }
}
