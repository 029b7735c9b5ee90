using TeamGraph.Core.Diagnostics;

namespace TeamGraph.Core.Audit.Rules;

/// <summary>Rows of a "requires approval" table that name no one to approve.</summary>
internal sealed class DecisionWithoutApproverRule : IAuditRule
{
    public IEnumerable<AuditFinding> Check(AuditContext context) =>
        from card in context.Cards
        from approval in card.Approvals
        where approval.Approvers.Names.Count == 0
        select new AuditFinding(AuditRuleCodes.DecisionWithoutApprover, DiagnosticSeverity.Warning,
            $"'{approval.Decision}' requires approval, but the row names no one to approve it.",
            [approval.Source]);
}
