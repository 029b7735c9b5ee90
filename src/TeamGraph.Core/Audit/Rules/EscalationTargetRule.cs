using TeamGraph.Core.Diagnostics;
using TeamGraph.Core.Graph;

namespace TeamGraph.Core.Audit.Rules;

/// <summary>Escalations to someone who has no card, whom nothing resolves, or who is a system rather than a person.</summary>
internal sealed class EscalationTargetRule : IAuditRule
{
    public IEnumerable<AuditFinding> Check(AuditContext context)
    {
        foreach (var escalation in context.Graph.Relationships.Where(r => r.Type == RelationshipTypes.EscalatesTo))
        {
            var target = context.Graph.FindNode(escalation.EndId)!;
            var problem = (target.Label, target.Properties.GetValueOrDefault("documented"), target.Properties.GetValueOrDefault("kind")) switch
            {
                (NodeLabels.Role, false, _) => "has no card",
                (NodeLabels.ExternalActor, _, "unknown") => "is not a known role, group or party",
                (NodeLabels.ExternalActor, _, "system") => "is a system, not someone who can be called",
                _ => null,
            };
            if (problem is not null)
            {
                yield return new AuditFinding(AuditRuleCodes.EscalationTargetMissing, DiagnosticSeverity.Warning,
                    $"'{escalation.Properties["situation"]}' escalates to {context.NameOf(target.Id)}, who {problem}.",
                    [AuditContext.Source(escalation)]);
            }
        }
    }
}
