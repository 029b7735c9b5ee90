using System.Text.Json;
using System.Text.Json.Nodes;
using TeamGraph.Core.Ingestion.Mermaid;

namespace TeamGraph.Core.Tests.Ingestion.Mermaid;

/// <summary>
/// The one assertion helper of the data-driven tests: a flowchart as the JSON written next to each input
/// (<c>tests/data/mermaid/NAME.json</c>), compared as text so a failure shows a readable diff.
/// </summary>
internal static class MermaidFlowchartJson
{
    private static readonly JsonSerializerOptions Indented = new() { WriteIndented = true, Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    public static void AssertMatches(string expectedJsonPath, MermaidFlowchart? actual)
    {
        Assert.NotNull(actual);
        var expected = JsonNode.Parse(File.ReadAllText(expectedJsonPath));
        Assert.Equal(expected!.ToJsonString(Indented), ToJson(actual).ToJsonString(Indented));
    }

    public static JsonObject ToJson(MermaidFlowchart chart) => new()
    {
        ["direction"] = chart.Direction,
        ["nodes"] = new JsonArray([.. chart.Nodes.Select(NodeToJson)]),
        ["edges"] = new JsonArray([.. chart.Edges.Select(EdgeToJson)]),
        ["subgraphs"] = new JsonArray([.. chart.Subgraphs.Select(s => (JsonNode)new JsonObject
        {
            ["id"] = s.Id,
            ["title"] = s.Title,
            ["nodes"] = new JsonArray([.. s.NodeIds.Select(id => (JsonNode)JsonValue.Create(id))]),
            ["parent"] = s.ParentId,
            ["direction"] = s.Direction,
            ["at"] = $"{s.Source.Line}:{s.Column}",
        })]),
    };

    private static JsonNode NodeToJson(MermaidNode node)
    {
        var json = new JsonObject
        {
            ["id"] = node.Id,
            ["label"] = node.Label,
            ["shape"] = node.Shape.ToString(),
        };
        if (node.ShapeName is not null)
        {
            // Only nodes with a data block carry it, so the expectations written before data blocks stay as they are.
            json["shapeName"] = node.ShapeName;
        }

        json["explicitLabel"] = node.HasExplicitLabel;
        json["at"] = $"{node.Source.Line}:{node.Column}";
        return json;
    }

    private static JsonNode EdgeToJson(MermaidEdge edge)
    {
        var json = new JsonObject
        {
            ["from"] = edge.From,
            ["to"] = edge.To,
            ["label"] = edge.Label,
            ["stroke"] = edge.Stroke.ToString(),
            ["startHead"] = edge.StartHead.ToString(),
            ["endHead"] = edge.EndHead.ToString(),
            ["length"] = edge.Length,
        };
        if (edge.Id is not null)
        {
            // Only edges written with an id or data carry these, so older expectations stay as they are.
            json["id"] = edge.Id;
        }

        if (edge.Data.Count > 0)
        {
            json["data"] = new JsonObject([.. edge.Data.Select(pair => KeyValuePair.Create(pair.Key, (JsonNode?)pair.Value))]);
        }

        json["at"] = $"{edge.Source.Line}:{edge.Column}";
        return json;
    }
}
