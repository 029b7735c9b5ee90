using System.Text.Json;
using TeamGraph.Core.Audit;
using TeamGraph.Core.Diagnostics;

namespace TeamGraph.Neo4j.Report;

/// <summary>
/// An ingest report's error diagnostics and audit findings as JSON text: Neo4j stores no list of maps in a property,
/// and what the report holds is read back whole, never queried field by field.
/// </summary>
internal static class IngestReportJson
{
    public static string Write(IReadOnlyList<Diagnostic> diagnostics) => JsonSerializer.Serialize(diagnostics, IngestReportJsonContext.Default.IReadOnlyListDiagnostic);

    public static string Write(IReadOnlyList<AuditFinding> findings) => JsonSerializer.Serialize(findings, IngestReportJsonContext.Default.IReadOnlyListAuditFinding);

    /// <exception cref="JsonException">Not the JSON <see cref="Write(IReadOnlyList{Diagnostic})"/> writes.</exception>
    public static IReadOnlyList<Diagnostic> Diagnostics(string json) => JsonSerializer.Deserialize(json, IngestReportJsonContext.Default.ListDiagnostic) ?? [];

    /// <exception cref="JsonException">Not the JSON <see cref="Write(IReadOnlyList{AuditFinding})"/> writes.</exception>
    public static IReadOnlyList<AuditFinding> Findings(string json) => JsonSerializer.Deserialize(json, IngestReportJsonContext.Default.ListAuditFinding) ?? [];
}
