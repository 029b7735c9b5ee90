using System.Text.Json;
using System.Text.Json.Serialization;
using TeamGraph.Core.Audit;
using TeamGraph.Core.Diagnostics;

namespace TeamGraph.Neo4j.Report;

/// <summary>
/// An ingest report's error diagnostics and audit findings as JSON text: Neo4j stores no list of maps in a property,
/// and what the report holds is read back whole, never queried field by field.
/// </summary>
internal static class IngestReportJson
{
    private static readonly JsonSerializerOptions Options = new(JsonSerializerDefaults.Web)
    {
        Converters = { new JsonStringEnumConverter(JsonNamingPolicy.CamelCase) },
        DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
    };

    public static string Write(IReadOnlyList<Diagnostic> diagnostics) => JsonSerializer.Serialize(diagnostics, Options);

    public static string Write(IReadOnlyList<AuditFinding> findings) => JsonSerializer.Serialize(findings, Options);

    /// <exception cref="JsonException">Not the JSON <see cref="Write(IReadOnlyList{Diagnostic})"/> writes.</exception>
    public static IReadOnlyList<Diagnostic> Diagnostics(string json) => JsonSerializer.Deserialize<List<Diagnostic>>(json, Options) ?? [];

    /// <exception cref="JsonException">Not the JSON <see cref="Write(IReadOnlyList{AuditFinding})"/> writes.</exception>
    public static IReadOnlyList<AuditFinding> Findings(string json) => JsonSerializer.Deserialize<List<AuditFinding>>(json, Options) ?? [];
}
