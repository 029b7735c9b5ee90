using TeamGraph.Core.Diagnostics;
using TeamGraph.Core.Graph;
using TeamGraph.Core.Graph.Schema;

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
            !d.Get(DocumentProperties.Exists)
            && !d.Get(DocumentProperties.External)
            && !d.Get(DocumentProperties.Path).StartsWith("../", StringComparison.Ordinal));
        foreach (var document in missing)
        {
            var links = context.Incoming(document.Id, RelationshipTypes.LinksTo).Concat(context.Incoming(document.Id, RelationshipTypes.Studies))
                .Select(r => r.Source).Distinct().OrderBy(s => s.Path, StringComparer.Ordinal).ThenBy(s => s.Line).ToList();
            yield return new AuditFinding(AuditRuleCodes.MissingDocument, DiagnosticSeverity.Warning,
                $"{document.Get(DocumentProperties.Path)} does not exist but is linked {links.Count} time(s).",
                links.Count > 0 ? links : [document.Source]);
        }
    }
}
