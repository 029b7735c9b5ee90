namespace TeamGraph.Neo4j.Report;

/// <summary>The Cypher that writes and reads <see cref="IngestReportNode"/>s; the scope and the properties are parameters.</summary>
internal static class IngestReportStatements
{
    /// <summary>The fingerprint of <c>$scope</c>'s stored report (no row when there is none).</summary>
    public static string Fingerprint { get; } =
        $"MATCH (r:{IngestReportNode.Label} {{{IngestReportNode.ScopeKey}: $scope}}) RETURN r.{IngestReportNode.FingerprintKey} AS fingerprint";

    /// <summary>Replaces <c>$scope</c>'s report with <c>$props</c>.</summary>
    public static string Upsert { get; } =
        $"MERGE (r:{IngestReportNode.Label} {{{IngestReportNode.ScopeKey}: $scope}}) SET r = $props RETURN r.{IngestReportNode.VersionKey} AS version";

    /// <summary>Every scope's report, in scope order.</summary>
    public static string Reports { get; } =
        $"MATCH (r:{IngestReportNode.Label}) RETURN properties(r) AS props ORDER BY r.{IngestReportNode.ScopeKey}";

    /// <summary>Every scope's version alone, in scope order: what replicas poll.</summary>
    public static string Versions { get; } =
        $"MATCH (r:{IngestReportNode.Label}) RETURN r.{IngestReportNode.VersionKey} AS version ORDER BY r.{IngestReportNode.ScopeKey}";

    /// <summary>One report per scope; the constraint also indexes the scope every statement here looks up.</summary>
    public static string ScopeConstraint { get; } =
        $"CREATE CONSTRAINT ingest_report_scope IF NOT EXISTS FOR (r:{IngestReportNode.Label}) REQUIRE r.{IngestReportNode.ScopeKey} IS UNIQUE";

    /// <summary>Every statement here.</summary>
    public static IEnumerable<string> All() => [Fingerprint, Upsert, Reports, Versions, ScopeConstraint];
}
