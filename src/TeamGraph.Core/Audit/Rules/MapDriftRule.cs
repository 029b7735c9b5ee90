using TeamGraph.Core.Diagnostics;
using TeamGraph.Core.Graph;
using TeamGraph.Core.Graph.Schema;

namespace TeamGraph.Core.Audit.Rules;

/// <summary>
/// A card's collaboration map against its own handoff tables: map edges with no row between the same parties in the
/// same direction, and rows whose parties the map does not connect (groups stand for their members).
/// </summary>
internal sealed class MapDriftRule : IAuditRule
{
    public IEnumerable<AuditFinding> Check(AuditContext context)
    {
        var edgesByDocument = context.Graph.Relationships.Where(r => r.Type == RelationshipTypes.Collaborates)
            .GroupBy(r => r.Get(CollaboratesProperties.Document), StringComparer.Ordinal);
        foreach (var edges in edgesByDocument)
        {
            var documentId = $"doc:{edges.Key}";
            var rows = context.Outgoing(documentId, RelationshipTypes.Declares).ToList();
            var mapStart = edges.Select(r => r.Source).MinBy(s => s.Line);
            foreach (var edge in edges.Where(e => !rows.Any(row => Connects(context, e, row))))
            {
                var label = edge.Get(CollaboratesProperties.Label) is { } l ? $" '{l}'" : "";
                yield return new AuditFinding(AuditRuleCodes.MapEdgeWithoutRow, DiagnosticSeverity.Info,
                    $"The map's edge{label} {context.NameOf(edge.StartId)} → {context.NameOf(edge.EndId)} has no Inputs, Outputs or Handoff Points row in {edges.Key}.",
                    [edge.Source]);
            }

            foreach (var row in rows.Where(row => !edges.Any(e => Connects(context, e, row))))
            {
                yield return new AuditFinding(AuditRuleCodes.RowMissingFromMap, DiagnosticSeverity.Info,
                    $"'{row.Get(DeclaresProperties.What)}' ({Parties(context, row)}) is not drawn in the card's collaboration map.",
                    [row.Source, mapStart]);
            }
        }
    }

    private static bool Connects(AuditContext context, GraphRelationship edge, GraphRelationship row)
    {
        var giver = row.Get(DeclaresProperties.Giver);
        var receivers = row.Get(DeclaresProperties.Receivers);
        bool Links(string from, string to) => context.SameParty(from, giver) && receivers.Any(r => context.SameParty(to, r));
        return Links(edge.StartId, edge.EndId) || (edge.Get(CollaboratesProperties.Bidirectional) && Links(edge.EndId, edge.StartId));
    }

    private static string Parties(AuditContext context, GraphRelationship row) =>
        $"{context.NameOf(row.Get(DeclaresProperties.Giver))} → {context.NamesOf(row.Get(DeclaresProperties.Receivers))}";
}
