using TeamGraph.Core.Audit.Rules;
using TeamGraph.Core.Ingestion;

namespace TeamGraph.Core.Audit;

/// <summary>
/// The cross-document audit: where a team's process documentation disagrees with itself. Runs every rule over an
/// ingest's graph and cards; findings are sorted by severity (most severe first), rule and primary source.
/// </summary>
public static class TeamAuditor
{
    private static readonly IAuditRule[] Rules =
    [
        new HandoffStatusRule(),
        new UnknownActorRule(),
        new RoleWithoutCardRule(),
        new MapDriftRule(),
        new MissingDocumentRule(),
        new DecisionWithoutApproverRule(),
        new EscalationTargetRule(),
        new EscalationCycleRule(),
    ];

    /// <summary>Audits what <paramref name="ingest"/> produced.</summary>
    public static IReadOnlyList<AuditFinding> Audit(IngestionResult ingest)
    {
        var context = new AuditContext(ingest.Graph, ingest.Cards);
        return [.. Rules.SelectMany(rule => rule.Check(context))
            .OrderByDescending(f => f.Severity)
            .ThenBy(f => f.Rule, StringComparer.Ordinal)
            .ThenBy(f => f.Sources.Count > 0 ? f.Sources[0].Path : "", StringComparer.Ordinal)
            .ThenBy(f => f.Sources.Count > 0 ? f.Sources[0].Line : 0)
            .ThenBy(f => f.Message, StringComparer.Ordinal)];
    }
}
