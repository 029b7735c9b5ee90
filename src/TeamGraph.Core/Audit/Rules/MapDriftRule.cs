using TeamGraph.Core.Diagnostics;
using TeamGraph.Core.Graph;
using TeamGraph.Core.Graph.Schema;

namespace TeamGraph.Core.Audit.Rules;

/// <summary>
/// A card's collaboration map against its own handoff tables: map edges with no row between the same parties in the
/// same direction, and rows whose parties the map does not connect (groups stand for their members). An edge and a row
/// connect when the edge (either way if it has two heads) runs from a party the same as the row's giver to one the same
/// as one of its receivers; each side is indexed as <see cref="PartyPairs"/>, so a card's check costs its rows and
/// edges, not their product.
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
            var rows = context.Outgoing(documentId, RelationshipTypes.Declares);
            var mapStart = edges.Select(r => r.Source).MinBy(s => s.Line);
            var rowPairs = new PartyPairs(context);
            foreach (var row in rows)
            {
                foreach (var receiver in row.Get(DeclaresProperties.Receivers))
                {
                    rowPairs.Add(row.Get(DeclaresProperties.Giver), receiver);
                }
            }

            var edgePairs = new PartyPairs(context);
            foreach (var edge in edges)
            {
                edgePairs.Add(edge.StartId, edge.EndId);
                if (edge.Get(CollaboratesProperties.Bidirectional))
                {
                    edgePairs.Add(edge.EndId, edge.StartId);
                }
            }

            foreach (var edge in edges.Where(e => !rowPairs.Links(e.StartId, e.EndId) && !(e.Get(CollaboratesProperties.Bidirectional) && rowPairs.Links(e.EndId, e.StartId))))
            {
                var label = edge.Get(CollaboratesProperties.Label) is { } l ? $" '{l}'" : "";
                yield return new AuditFinding(AuditRuleCodes.MapEdgeWithoutRow, DiagnosticSeverity.Info,
                    $"The map's edge{label} {context.NameOf(edge.StartId)} → {context.NameOf(edge.EndId)} has no Inputs, Outputs or Handoff Points row in {edges.Key}.",
                    [edge.Source]);
            }

            foreach (var row in rows.Where(row => !row.Get(DeclaresProperties.Receivers).Any(receiver => edgePairs.Links(row.Get(DeclaresProperties.Giver), receiver))))
            {
                yield return new AuditFinding(AuditRuleCodes.RowMissingFromMap, DiagnosticSeverity.Info,
                    $"'{row.Get(DeclaresProperties.What)}' ({Parties(context, row)}) is not drawn in the card's collaboration map.",
                    [row.Source, mapStart]);
            }
        }
    }

    private static string Parties(AuditContext context, GraphRelationship row) =>
        $"{context.NameOf(row.Get(DeclaresProperties.Giver))} → {context.NamesOf(row.Get(DeclaresProperties.Receivers))}";
}
