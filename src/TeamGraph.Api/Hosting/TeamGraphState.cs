using TeamGraph.Core.Audit;
using TeamGraph.Core.Ingestion;

namespace TeamGraph.Api.Hosting;

/// <summary>The last ingest served, with its audit, for the fields that need more than the store (audit, stats).</summary>
internal sealed class TeamGraphState
{
    private volatile Snapshot _current = new(new IngestionResult(Core.Graph.PropertyGraph.Empty, [], [], 0), [], "");

    /// <summary>The ingest and its findings, swapped together.</summary>
    public Snapshot Current => _current;

    /// <summary>Replaces the served ingest.</summary>
    public void Set(IngestionResult ingest, string folder) => _current = new Snapshot(ingest, TeamAuditor.Audit(ingest), folder);

    /// <summary>One ingest of <paramref name="Folder"/> and the audit of it.</summary>
    internal sealed record Snapshot(IngestionResult Ingest, IReadOnlyList<AuditFinding> Findings, string Folder);
}
