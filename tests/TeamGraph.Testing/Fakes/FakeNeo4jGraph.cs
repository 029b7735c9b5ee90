using System.Text.Json;
using System.Text.Json.Nodes;
using TeamGraph.Neo4j.Client;

namespace TeamGraph.Testing.Fakes;

/// <summary>
/// Just enough of a graph database to answer the statements TeamGraph sends: each is recognised by its exact text in
/// <see cref="FakeStatement"/>'s catalogue (built from the code's own statement definitions) and executed as its Cypher
/// says over the stored elements: schema statements, the writer's upserts and stale deletes (with Cypher's equality,
/// where 1 = 1.0), the ingest report's, the reader's reads, <c>RETURN 1 AS ready</c>, and <c>RETURN $value AS value</c>
/// echoes. Anything else is answered with a syntax error, as Neo4j would for text it does not know.
/// </summary>
public sealed partial class FakeNeo4jGraph
{
    private int _nextElementId;

    public Dictionary<(string Label, string Id), FakeElement> Nodes { get; private init; } = [];

    public Dictionary<(string Type, string Id), FakeElement> Relationships { get; private init; } = [];

    /// <summary>The <c>IngestReport</c> nodes' properties, by scope.</summary>
    public Dictionary<string, Dictionary<string, object?>> Reports { get; private init; } = new(StringComparer.Ordinal);

    public List<string> SchemaStatements { get; private init; } = [];

    public FakeNeo4jGraph Clone() => new()
    {
        _nextElementId = _nextElementId,
        Nodes = Nodes.ToDictionary(e => e.Key, e => e.Value with { }),
        Relationships = Relationships.ToDictionary(e => e.Key, e => e.Value with { }),
        Reports = Reports.ToDictionary(e => e.Key, e => new Dictionary<string, object?>(e.Value), StringComparer.Ordinal),
        SchemaStatements = [.. SchemaStatements],
    };

    public JsonObject Run(string statement, JsonElement parameters)
    {
        if (FakeStatement.Find(statement) is not { } known)
        {
            return new JsonObject { ["errors"] = new JsonArray(new JsonObject { ["code"] = "Neo.ClientError.Statement.SyntaxError", ["message"] = $"Invalid input: {statement}" }) };
        }

        switch (known.Kind)
        {
            case FakeStatementKind.Schema:
                SchemaStatements.Add(statement);
                return Result([]);
            case FakeStatementKind.Ready:
                return Result(["ready"], [1L]);
            case FakeStatementKind.Echo:
                return Result(["value"], [JsonNode.Parse(parameters.GetProperty("value").GetRawText())]);
            case FakeStatementKind.UpsertNodes:
                return MergeNodes(known.Name!, parameters.GetProperty("rows"));
            case FakeStatementKind.UpsertRelationships:
                return MergeRelationships(known.Name!, parameters.GetProperty("rows"));
            case FakeStatementKind.DeleteStaleRelationships:
                return Delete(Relationships, known.Name!, parameters, detach: false);
            case FakeStatementKind.DeleteStaleNodes:
                return Delete(Nodes, known.Name!, parameters, detach: true);
            case FakeStatementKind.ReportFingerprint:
            case FakeStatementKind.ReportUpsert:
            case FakeStatementKind.Reports:
            case FakeStatementKind.Versions:
                return Report(known.Kind, parameters);
            default:
                return Read(known, parameters);
        }
    }

    private JsonObject MergeNodes(string label, JsonElement rows)
    {
        var values = new List<JsonNode?[]>();
        foreach (var row in rows.EnumerateArray())
        {
            var id = row.GetProperty("id").GetString()!;
            var props = Props(row);
            var created = !Nodes.TryGetValue((label, id), out var old);
            var changed = !created && !SameProperties(old!.Properties, props);
            var elementId = old?.ElementId ?? $"4:fake:{_nextElementId++}";
            Nodes[(label, id)] = new FakeElement(elementId, props, null, null);
            values.Add([id, elementId, created, changed]);
        }

        return Result(["id", "elementId", "created", "changed"], [.. values]);
    }

    private JsonObject MergeRelationships(string type, JsonElement rows)
    {
        long created = 0, updated = 0;
        foreach (var row in rows.EnumerateArray())
        {
            var start = row.GetProperty("start").GetString()!;
            var end = row.GetProperty("end").GetString()!;
            if (!Nodes.Values.Any(n => n.ElementId == start) || !Nodes.Values.Any(n => n.ElementId == end))
            {
                continue;
            }

            var id = row.GetProperty("id").GetString()!;
            var props = Props(row);
            var exists = Relationships.TryGetValue((type, id), out var old) && old.Start == start && old.End == end;
            created += exists ? 0 : 1;
            updated += exists && !SameProperties(old!.Properties, props) ? 1 : 0;
            Relationships[(type, id)] = new FakeElement(old?.ElementId ?? $"5:fake:{_nextElementId++}", props, start, end);
        }

        return Result(["created", "updated"], [created, updated]);
    }

    private JsonObject Delete(Dictionary<(string, string), FakeElement> elements, string name, JsonElement parameters, bool detach)
    {
        var scope = parameters.GetProperty("scope").GetString();
        var keep = parameters.GetProperty("ids").EnumerateArray().Select(i => i.GetString()).ToHashSet();
        var keptDocuments = parameters.GetProperty("keptDocuments").EnumerateArray().Select(d => d.GetString() + ":").ToList();
        var stale = elements.Where(e => e.Key.Item1 == name && !keep.Contains(e.Key.Item2)
            && e.Value.Properties.TryGetValue("ingestScope", out var s) && Equals(s, scope)
            && !Kept(e.Value, keptDocuments)
            && !(detach && Relationships.Values.Any(r => (r.Start == e.Value.ElementId || r.End == e.Value.ElementId) && Kept(r, keptDocuments)))).ToList();
        foreach (var (key, element) in stale)
        {
            elements.Remove(key);
            if (detach)
            {
                foreach (var attached in Relationships.Where(r => r.Value.Start == element.ElementId || r.Value.End == element.ElementId).ToList())
                {
                    Relationships.Remove(attached.Key);
                }
            }
        }

        return Result(["deleted"], [(long)stale.Count]);
    }

    private static bool Kept(FakeElement element, List<string> keptDocuments) =>
        keptDocuments.Exists(d => element.Properties.GetValueOrDefault("source") is string source && source.StartsWith(d, StringComparison.Ordinal));

    private static Dictionary<string, object?> Props(JsonElement row) =>
        (Dictionary<string, object?>)Neo4jValueDecoder.Decode(row.GetProperty("props"))!;

    /// <summary>Cypher's map equality: numbers compare by value (1 = 1.0), lists item by item.</summary>
    private static bool SameProperties(Dictionary<string, object?> left, Dictionary<string, object?> right) =>
        left.Count == right.Count && left.All(pair => right.TryGetValue(pair.Key, out var other) && SameValue(pair.Value, other));

    private static bool SameValue(object? left, object? right) => (left, right) switch
    {
        (long or double, long or double) => Convert.ToDouble(left, System.Globalization.CultureInfo.InvariantCulture) == Convert.ToDouble(right, System.Globalization.CultureInfo.InvariantCulture),
        (System.Collections.IList a, System.Collections.IList b) => a.Count == b.Count && Enumerable.Range(0, a.Count).All(i => SameValue(a[i], b[i])),
        _ => Equals(left, right),
    };

    private static JsonObject Result(string[] fields, params JsonNode?[][] rows) => new()
    {
        ["data"] = new JsonObject
        {
            ["fields"] = new JsonArray([.. fields.Select(f => (JsonNode)f)]),
            ["values"] = new JsonArray([.. rows.Select(r => (JsonNode)new JsonArray([.. r.Select(v => v?.DeepClone())]))]),
        },
        ["bookmarks"] = new JsonArray("FB:kcwQ/wTfJf8rS1WY+GiIKXsCXgmQ"),
    };

    private static JsonObject Result(string[] fields, long[] counts) => Result(fields, [.. counts.Select(c => (JsonNode?)c)]);
}
