using TeamGraph.Core.Diagnostics;
using TeamGraph.Core.Graph;
using TeamGraph.Core.Graph.Schema;

namespace TeamGraph.Core.Audit.Rules;

/// <summary>Roles that other cards name but that have no card, with every place they are named.</summary>
internal sealed class RoleWithoutCardRule : IAuditRule
{
    public IEnumerable<AuditFinding> Check(AuditContext context)
    {
        foreach (var role in context.NodesLabelled(NodeLabels.Role).Where(r => !r.Get(RoleProperties.Documented)))
        {
            var mentions = AuditContext.Sorted(context.Mentions(role.Id).Select(r => r.Source));
            yield return new AuditFinding(AuditRuleCodes.RoleWithoutCard, DiagnosticSeverity.Warning,
                $"{context.NameOf(role.Id)} is named {mentions.Count} time(s) but has no card.",
                mentions.Count > 0 ? mentions : [role.Source]);
        }
    }
}
