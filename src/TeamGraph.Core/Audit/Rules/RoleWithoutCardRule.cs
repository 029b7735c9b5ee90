using TeamGraph.Core.Diagnostics;
using TeamGraph.Core.Graph;

namespace TeamGraph.Core.Audit.Rules;

/// <summary>Roles that other cards name but that have no card, with every place they are named.</summary>
internal sealed class RoleWithoutCardRule : IAuditRule
{
    public IEnumerable<AuditFinding> Check(AuditContext context)
    {
        foreach (var role in context.NodesLabelled(NodeLabels.Role).Where(r => r.Properties.GetValueOrDefault("documented") is false))
        {
            var mentions = AuditContext.Sorted(context.Mentions(role.Id).Select(AuditContext.Source));
            yield return new AuditFinding(AuditRuleCodes.RoleWithoutCard, DiagnosticSeverity.Warning,
                $"{context.NameOf(role.Id)} is named {mentions.Count} time(s) but has no card.",
                mentions.Count > 0 ? mentions : [AuditContext.Source(role)]);
        }
    }
}
