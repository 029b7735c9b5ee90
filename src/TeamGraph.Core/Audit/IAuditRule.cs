namespace TeamGraph.Core.Audit;

/// <summary>One check of the audit.</summary>
internal interface IAuditRule
{
    IEnumerable<AuditFinding> Check(AuditContext context);
}
