using System.Text.Json;
using System.Text.Json.Nodes;
using TeamGraph.Core.Ingestion.Mermaid;

namespace TeamGraph.Core.Tests.Ingestion.Mermaid;

/// <summary>
/// The one assertion helper of the data-driven tests: a flowchart as the JSON written next to each input
/// (<c>tests/data/mermaid/NAME.json</c>), compared as text so a failure shows a readable diff. Run the tests once with
/// <c>TEAMGRAPH_UPDATE_GOLDEN=1</c> to rewrite the files, and review the diff.
/// </summary>
internal static class MermaidFlowchartJson
{
    private static readonly JsonSerializerOptions Indented = new() { WriteIndented = true, Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    public static void AssertMatches(string expectedJsonPath, MermaidFlowchart? actual)
    {
        Assert.NotNull(actual);
        if (Environment.GetEnvironmentVariable("TEAMGRAPH_UPDATE_GOLDEN") == "1")
        {
            File.WriteAllText(expectedJsonPath, ToJson(actual).ToJsonString(Indented) + "\n");
        }

        var expected = JsonNode.Parse(File.ReadAllText(expectedJsonPath));
        Assert.Equal(expected!.ToJsonString(Indented), ToJson(actual).ToJsonString(Indented));
    }

    public static JsonObject ToJson(MermaidFlowchart chart)
    {
        var json = new JsonObject
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
        }.WithList("classes", s.Classes))]),
        };

        // What a map says beyond its shape is written only when it says something, so older expectations stay as they are.
        json.WithText("accTitle", chart.AccessibleTitle).WithText("accDescr", chart.AccessibleDescription)
            .WithList("defaultLinkStyles", chart.DefaultLinkStyles).WithText("defaultLinkInterpolate", chart.DefaultLinkInterpolate);
        if (chart.ClassDefs.Count > 0)
        {
            json["classDefs"] = new JsonObject([.. chart.ClassDefs.Select(c => KeyValuePair.Create(c.Name, (JsonNode?)Strings(c.Styles)))]);
        }

        return json;
    }

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
        json.WithList("classes", node.Classes).WithList("styles", node.Styles);
        if (node.Click is { } click)
        {
            json["click"] = new JsonObject { ["link"] = click.Link, ["target"] = click.Target, ["tooltip"] = click.Tooltip, ["callback"] = click.Callback };
        }

        if (node.Data.Count > 0)
        {
            json["data"] = new JsonObject([.. node.Data.Select(pair => KeyValuePair.Create(pair.Key, (JsonNode?)pair.Value))]);
        }

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

        json.WithList("classes", edge.Classes).WithList("styles", edge.Styles).WithText("interpolate", edge.Interpolate);
        json["at"] = $"{edge.Source.Line}:{edge.Column}";
        return json;
    }

    private static JsonObject WithList(this JsonObject json, string name, IReadOnlyList<string> items)
    {
        if (items.Count > 0)
        {
            json[name] = Strings(items);
        }

        return json;
    }

    private static JsonObject WithText(this JsonObject json, string name, string? text)
    {
        if (text is not null)
        {
            json[name] = text;
        }

        return json;
    }

    private static JsonArray Strings(IEnumerable<string> items) => new([.. items.Select(i => (JsonNode)JsonValue.Create(i))]);
}
