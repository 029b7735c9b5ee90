using System.Text.Json;
using System.Text.Json.Serialization;
using TeamGraph.Core.Audit;
using TeamGraph.Core.Diagnostics;
using TeamGraph.Core.Store;

namespace TeamGraph.Neo4j.Report;

/// <summary>
/// The JSON of an ingest report's diagnostics and findings, made at compile time: the command line is compiled ahead of
/// time, where serialization through reflection is not available. Web defaults (camel case), severities in camel case,
/// nulls left out.
/// </summary>
[JsonSourceGenerationOptions(JsonSerializerDefaults.Web, DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
    Converters = [typeof(CamelCaseSeverityConverter)])]
[JsonSerializable(typeof(IReadOnlyList<Diagnostic>))]
[JsonSerializable(typeof(List<Diagnostic>))]
[JsonSerializable(typeof(IReadOnlyList<AuditFinding>))]
[JsonSerializable(typeof(List<AuditFinding>))]
internal sealed partial class IngestReportJsonContext : JsonSerializerContext
{
    private sealed class CamelCaseSeverityConverter() : JsonStringEnumConverter<DiagnosticSeverity>(JsonNamingPolicy.CamelCase);
}

/// <summary>The counts as the report's fingerprint spells them: the serializer's defaults, made at compile time.</summary>
[JsonSerializable(typeof(GraphCounts))]
internal sealed partial class GraphCountsJsonContext : JsonSerializerContext;
