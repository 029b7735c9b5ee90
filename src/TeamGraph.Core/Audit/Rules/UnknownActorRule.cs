using TeamGraph.Core.Diagnostics;
using TeamGraph.Core.Graph;
using TeamGraph.Core.Graph.Schema;

namespace TeamGraph.Core.Audit.Rules;

/// <summary>Groups and outside parties the registry does not declare, and names nothing resolved, with every mention.</summary>
internal sealed class UnknownActorRule : IAuditRule
{
    public IEnumerable<AuditFinding> Check(AuditContext context)
    {
        var actors = context.NodesLabelled(NodeLabels.Group).Concat(context.NodesLabelled(NodeLabels.ExternalActor))
            .Where(n => !(n.Label == NodeLabels.Group ? n.Get(GroupProperties.Declared) : n.Get(ExternalActorProperties.Declared)));
        foreach (var actor in actors)
        {
            var mentions = AuditContext.Sorted(context.Mentions(actor.Id).Select(r => r.Source));
            var unknown = actor.Label == NodeLabels.ExternalActor && actor.Get(ExternalActorProperties.Kind) == "unknown";
            var what = unknown ? "matches no role, group or known party"
                : actor.Label == NodeLabels.Group ? "is a group the team registry does not declare (members were guessed)"
                : "is an outside party the team registry does not declare";
            yield return new AuditFinding(AuditRuleCodes.UnknownActor, DiagnosticSeverity.Warning,
                $"'{actor.DisplayName}' {what}; it is named {mentions.Count} time(s).",
                mentions.Count > 0 ? mentions : [actor.Source]);
        }
    }
}
