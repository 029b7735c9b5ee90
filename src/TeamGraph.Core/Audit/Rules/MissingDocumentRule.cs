using TeamGraph.Core.Diagnostics;
using TeamGraph.Core.Graph;

namespace TeamGraph.Core.Audit.Rules;

/// <summary>
/// Links to documents inside the ingested folder that do not exist. Links that leave the folder ("../../tech-stack/…")
/// and web links cannot be checked from here and are not reported.
/// </summary>
internal sealed class MissingDocumentRule : IAuditRule
{
    public IEnumerable<AuditFinding> Check(AuditContext context)
    {
        var missing = context.NodesLabelled(NodeLabels.Document).Where(d =>
            d.Properties.GetValueOrDefault("exists") is false
            && d.Properties.GetValueOrDefault("external") is not true
            && !((string)d.Properties["path"]).StartsWith("../", StringComparison.Ordinal));
        foreach (var document in missing)
        {
            var links = context.Incoming(document.Id, RelationshipTypes.LinksTo).Concat(context.Incoming(document.Id, RelationshipTypes.Studies))
                .Select(AuditContext.Source).Distinct().OrderBy(s => s.Path, StringComparer.Ordinal).ThenBy(s => s.Line).ToList();
            yield return new AuditFinding(AuditRuleCodes.MissingDocument, DiagnosticSeverity.Warning,
                $"{document.Properties["path"]} does not exist but is linked {links.Count} time(s).",
                links.Count > 0 ? links : [AuditContext.Source(document)]);
        }
    }
}
