using TeamGraph.Core.Diagnostics;
using TeamGraph.Core.Graph;
using TeamGraph.Core.Graph.Schema;

namespace TeamGraph.Core.Audit.Rules;

/// <summary>Escalations to someone who has no card, whom nothing resolves, or who is a system rather than a person.</summary>
internal sealed class EscalationTargetRule : IAuditRule
{
    public IEnumerable<AuditFinding> Check(AuditContext context)
    {
        foreach (var escalation in context.Graph.Relationships.Where(r => r.Type == RelationshipTypes.EscalatesTo))
        {
            var target = context.Graph.FindNode(escalation.EndId)!;
            var problem = target.Label switch
            {
                NodeLabels.Role when !target.Get(RoleProperties.Documented) => "has no card",
                NodeLabels.ExternalActor => target.Get(ExternalActorProperties.Kind) switch
                {
                    "unknown" => "is not a known role, group or party",
                    "system" => "is a system, not someone who can be called",
                    _ => null,
                },
                _ => null,
            };
            if (problem is not null)
            {
                yield return new AuditFinding(AuditRuleCodes.EscalationTargetMissing, DiagnosticSeverity.Warning,
                    $"'{escalation.Get(EscalatesToProperties.Situation)}' escalates to {context.NameOf(target.Id)}, who {problem}.",
                    [escalation.Source]);
            }
        }
    }
}
