using System.Text.Json;
using System.Text.Json.Nodes;
using TeamGraph.Neo4j.Client;

namespace TeamGraph.Testing.Fakes;

/// <summary>The ingest report's statements (<c>IngestReportStatements</c>): one property map per scope.</summary>
public sealed partial class FakeNeo4jGraph
{
    private JsonObject Report(FakeStatementKind kind, JsonElement parameters)
    {
        var inScopeOrder = Reports.OrderBy(r => r.Key, StringComparer.Ordinal).Select(r => r.Value).ToList();
        switch (kind)
        {
            case FakeStatementKind.ReportFingerprint:
                return Reports.TryGetValue(parameters.GetProperty("scope").GetString()!, out var stored)
                    ? Result(["fingerprint"], [JsonValue.Create(stored["fingerprint"] as string)])
                    : Result(["fingerprint"]);
            case FakeStatementKind.ReportUpsert:
                var scope = parameters.GetProperty("scope").GetString()!;
                var props = (Dictionary<string, object?>)Neo4jValueDecoder.Decode(parameters.GetProperty("props"))!;
                props["scope"] = scope;
                Reports[scope] = props;
                return Result(["version"], [JsonValue.Create(props["version"] as string)]);
            case FakeStatementKind.Reports:
                return Result(["props"], [.. inScopeOrder.Select(p => new JsonNode?[] { new JsonObject(p.Select(e => KeyValuePair.Create(e.Key, Value(e.Value)))) })]);
            default:
                return Result(["version"], [.. inScopeOrder.Select(p => new JsonNode?[] { JsonValue.Create(p["version"] as string) })]);
        }
    }
}
