using TeamGraph.Core.Audit.Rules;
using TeamGraph.Core.Diagnostics;
using TeamGraph.Core.Ingestion;

namespace TeamGraph.Core.Audit;

/// <summary>
/// The cross-document audit: where a team's process documentation disagrees with itself. Runs every rule over an
/// ingest's graph and cards; findings are sorted by severity (most severe first), rule and primary source.
/// </summary>
public static class TeamAuditor
{
    /// <summary>Every rule, in the order the audit runs them.</summary>
    internal static readonly IReadOnlyList<IAuditRule> Rules =
    [
        new HandoffStatusRule(),
        new UnknownActorRule(),
        new RoleWithoutCardRule(),
        new MapDriftRule(),
        new MapUndefinedClassRule(),
        new MissingDocumentRule(),
        new DecisionWithoutApproverRule(),
        new EscalationTargetRule(),
        new EscalationCycleRule(),
    ];

    /// <summary>
    /// Audits what <paramref name="ingest"/> produced. A rule that throws becomes one error finding
    /// (<see cref="AuditRuleCodes.InternalError"/>) naming the rule, its partial findings are dropped, and the other rules still run.
    /// <paramref name="progress"/> hears before each rule and once after the last, on the calling thread.
    /// <paramref name="cancellationToken"/> is heard between rules.
    /// </summary>
    public static IReadOnlyList<AuditFinding> Audit(IngestionResult ingest, IProgress<AuditProgress>? progress = null, CancellationToken cancellationToken = default) =>
        Audit(ingest, Rules, progress, cancellationToken);

    /// <summary>Audits with <paramref name="rules"/>: the seam where tests put a failing rule among the real ones.</summary>
    internal static IReadOnlyList<AuditFinding> Audit(
        IngestionResult ingest, IReadOnlyList<IAuditRule> rules, IProgress<AuditProgress>? progress = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(ingest);
        var context = new AuditContext(ingest.Graph, ingest.Cards, ingest.Registry.Glossary);
        var findings = new List<AuditFinding>();
        for (var i = 0; i < rules.Count; i++)
        {
            cancellationToken.ThrowIfCancellationRequested();
            var rule = rules[i];
            progress?.Report(new AuditProgress(i, rules.Count, RuleName(rule)));
            List<AuditFinding> found = [];
            if (StageGuard.Try(PipelineStage.AuditRule, () => found = [.. rule.Check(context)]) is { } failure)
            {
                found = [new AuditFinding(AuditRuleCodes.InternalError, DiagnosticSeverity.Error,
                    $"{failure.Describe($"rule '{RuleName(rule)}'")}; its findings are missing, the other rules ran. This is a TeamGraph bug: please report it.", [])];
            }

            findings.AddRange(found);
        }

        progress?.Report(new AuditProgress(rules.Count, rules.Count, null));

        return [.. findings
            .OrderByDescending(f => f.Severity)
            .ThenBy(f => f.Rule, StringComparer.Ordinal)
            .ThenBy(f => f.Sources.Count > 0 ? f.Sources[0].Path : "", StringComparer.Ordinal)
            .ThenBy(f => f.Sources.Count > 0 ? f.Sources[0].Line : 0)
            .ThenBy(f => f.Message, StringComparer.Ordinal)];
    }

    /// <summary>"map-drift" for <c>MapDriftRule</c>: the rule's class name in kebab case, without "Rule".</summary>
    internal static string RuleName(IAuditRule rule)
    {
        var name = rule.GetType().Name;
        name = name.EndsWith("Rule", StringComparison.Ordinal) && name.Length > 4 ? name[..^4] : name;
        return string.Concat(name.Select((c, i) => char.IsUpper(c) && i > 0 ? $"-{char.ToLowerInvariant(c)}" : $"{char.ToLowerInvariant(c)}"));
    }
}
