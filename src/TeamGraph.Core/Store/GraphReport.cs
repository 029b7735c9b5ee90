using TeamGraph.Core.Audit;
using TeamGraph.Core.Diagnostics;
using TeamGraph.Core.Graph;
using TeamGraph.Core.Ingestion;

namespace TeamGraph.Core.Store;

/// <summary>
/// What one ingest said about the graph it produced, kept beside the graph in the store: where the documents came
/// from, when, a version that no other ingest shares, the counts, the error diagnostics and the audit findings.
/// A store answers <c>stats</c>, <c>audit</c> and reload status from it, so they need no folder next to the API.
/// </summary>
/// <param name="Source">What was ingested: the docs folder, or the scope an ingest wrote into Neo4j.</param>
/// <param name="Version">
/// Unique per ingest (empty when nothing was ingested): a reader that sees another version than the one it was
/// pinned to knows the graph changed under it.
/// </param>
/// <param name="IngestedAt">When the ingest ran.</param>
/// <param name="Counts">How much it produced.</param>
/// <param name="Errors">Its diagnostics of severity error, in path order.</param>
/// <param name="Findings">The audit of it, most severe first.</param>
public sealed record GraphReport(
    string Source,
    string Version,
    DateTimeOffset IngestedAt,
    GraphCounts Counts,
    IReadOnlyList<Diagnostic> Errors,
    IReadOnlyList<AuditFinding> Findings)
{
    /// <summary>Nothing ingested yet.</summary>
    public static GraphReport None { get; } = new("", "", DateTimeOffset.MinValue, GraphCounts.None, [], []);

    /// <summary>
    /// Audits <paramref name="ingest"/> of <paramref name="source"/> and reports it under a new version; the audit's
    /// rules report to <paramref name="auditProgress"/>.
    /// </summary>
    public static GraphReport Of(IngestionResult ingest, string source, DateTimeOffset ingestedAt, IProgress<AuditProgress>? auditProgress = null) =>
        Unaudited(ingest, source, ingestedAt).Audited(ingest, auditProgress);

    /// <summary>
    /// The report of <paramref name="ingest"/> of <paramref name="source"/> under a new version, without findings: what
    /// serving the graph needs at once (see <see cref="DeferredAudit"/>).
    /// </summary>
    public static GraphReport Unaudited(IngestionResult ingest, string source, DateTimeOffset ingestedAt)
    {
        ArgumentNullException.ThrowIfNull(ingest);
        ArgumentNullException.ThrowIfNull(source);
        return new GraphReport(
            source, NewVersion(ingestedAt), ingestedAt, GraphCounts.Of(ingest), [.. ingest.Diagnostics.Where(d => d.Severity == DiagnosticSeverity.Error)], []);
    }

    /// <summary>
    /// This report with the findings of auditing <paramref name="ingest"/> (the ingest it reports); the audit's rules
    /// report to <paramref name="progress"/>, and it stops between rules when <paramref name="cancellationToken"/> asks.
    /// </summary>
    public GraphReport Audited(IngestionResult ingest, IProgress<AuditProgress>? progress = null, CancellationToken cancellationToken = default) =>
        this with { Findings = TeamAuditor.Audit(ingest, progress, cancellationToken) };

    /// <summary>A graph served without an ingest (a test's, a benchmark's): its counts, no findings, one version of its own.</summary>
    public static GraphReport OfGraph(PropertyGraph graph) =>
        new("", NewVersion(DateTimeOffset.UnixEpoch), DateTimeOffset.UnixEpoch, GraphCounts.OfGraph(graph), [], []);

    /// <summary>Time-ordered and unique (a version 7 UUID), so versions also sort by when they were made.</summary>
    private static string NewVersion(DateTimeOffset at) => Guid.CreateVersion7(at).ToString("N");
}
