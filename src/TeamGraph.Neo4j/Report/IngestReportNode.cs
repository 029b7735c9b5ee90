using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using TeamGraph.Core.Store;
using TeamGraph.Neo4j.Client;

namespace TeamGraph.Neo4j.Report;

/// <summary>
/// The <see cref="GraphReport"/> of one scope's last ingest, stored in Neo4j as one <c>IngestReport</c> node beside the
/// graph (written in the same transaction, so a reader never sees a graph with another ingest's report). Its
/// <c>version</c> is what API replicas poll to notice a new ingest. The node is the store's bookkeeping, not part of the
/// team's graph: it has no <c>id</c> and no relationships, so no read of the graph meets it.
/// </summary>
internal static class IngestReportNode
{
    /// <summary>The label.</summary>
    public const string LabelName = "IngestReport";

    /// <summary>The label, backtick-quoted for Cypher.</summary>
    public const string Label = $"`{LabelName}`";

    public const string ScopeKey = "scope";
    public const string VersionKey = "version";
    public const string FingerprintKey = "fingerprint";
    public const string IngestedAtKey = "ingestedAt";

    /// <summary>The node's properties for <paramref name="report"/> of <paramref name="scope"/>.</summary>
    public static Dictionary<string, object?> Properties(GraphReport report, string scope)
    {
        var counts = report.Counts;
        var errors = IngestReportJson.Write(report.Errors);
        var findings = IngestReportJson.Write(report.Findings);
        return new Dictionary<string, object?>(StringComparer.Ordinal)
        {
            [ScopeKey] = scope,
            [VersionKey] = report.Version,
            [FingerprintKey] = Fingerprint(report.Source, counts, errors, findings),
            ["source"] = report.Source,
            [IngestedAtKey] = report.IngestedAt.ToString("O", CultureInfo.InvariantCulture),
            ["documents"] = counts.Documents,
            ["nodes"] = counts.Nodes,
            ["relationships"] = counts.Relationships,
            ["roles"] = counts.Roles,
            ["documentedRoles"] = counts.DocumentedRoles,
            ["handoffs"] = counts.Handoffs,
            ["errors"] = counts.Errors,
            ["warnings"] = counts.Warnings,
            ["errorDiagnostics"] = errors,
            ["findings"] = findings,
        };
    }

    /// <summary>The report a node's properties (as <c>properties(r)</c> returns them) hold.</summary>
    /// <exception cref="Neo4jException">The node is not one the writer wrote.</exception>
    public static GraphReport Read(JsonElement props)
    {
        try
        {
            var counts = new GraphCounts(
                Int(props, "documents"), Int(props, "nodes"), Int(props, "relationships"), Int(props, "roles"),
                Int(props, "documentedRoles"), Int(props, "handoffs"), Int(props, "errors"), Int(props, "warnings"));
            return new GraphReport(
                Text(props, "source"), Text(props, VersionKey),
                DateTimeOffset.Parse(Text(props, IngestedAtKey), CultureInfo.InvariantCulture, DateTimeStyles.RoundtripKind), counts,
                IngestReportJson.Diagnostics(Text(props, "errorDiagnostics")), IngestReportJson.Findings(Text(props, "findings")));
        }
        catch (Exception exception) when (exception is JsonException or FormatException or InvalidOperationException or KeyNotFoundException)
        {
            throw new Neo4jException(Neo4jErrorCodes.InvalidResponse, $"An IngestReport node that TeamGraph did not write: {exception.Message}");
        }
    }

    /// <summary>
    /// What the reports of several scopes serve together: one scope's report as it is; for several, the sources and
    /// versions joined in scope order (so the combined version changes when any one does), the latest time, the counts
    /// added up, and the findings most severe first.
    /// </summary>
    public static GraphReport Combine(IReadOnlyList<GraphReport> reports) => reports.Count switch
    {
        0 => GraphReport.None,
        1 => reports[0],
        _ => new GraphReport(
            string.Join(", ", reports.Select(r => r.Source)),
            CombineVersions([.. reports.Select(r => r.Version)]),
            reports.Max(r => r.IngestedAt),
            reports.Skip(1).Aggregate(reports[0].Counts, (sum, r) => sum.Plus(r.Counts)),
            [.. reports.SelectMany(r => r.Errors).OrderBy(d => d.Path, StringComparer.Ordinal)],
            [.. reports.SelectMany(r => r.Findings).OrderByDescending(f => f.Severity)]),
    };

    /// <summary>The version <see cref="Combine"/> gives, from the versions alone, in scope order.</summary>
    public static string CombineVersions(IReadOnlyList<string> versions) => string.Join(",", versions);

    /// <summary>
    /// A hash of what the report says, leaving out its version and time: an ingest that changes neither the graph nor
    /// this keeps the stored version, so replicas have nothing to reload.
    /// </summary>
    private static string Fingerprint(string source, GraphCounts counts, string errorsJson, string findingsJson)
    {
        var text = string.Join('\n', source, JsonSerializer.Serialize(counts, GraphCountsJsonContext.Default.GraphCounts), errorsJson, findingsJson);
        return Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(text)));
    }

    private static string Text(JsonElement props, string key) => props.GetProperty(key).GetString()
        ?? throw new InvalidOperationException($"'{key}' is null.");

    private static int Int(JsonElement props, string key) => props.GetProperty(key).GetInt32();
}
