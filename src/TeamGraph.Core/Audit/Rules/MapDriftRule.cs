using TeamGraph.Core.Diagnostics;
using TeamGraph.Core.Graph;

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
            .GroupBy(r => (string)r.Properties["document"], StringComparer.Ordinal);
        foreach (var edges in edgesByDocument)
        {
            var documentId = $"doc:{edges.Key}";
            var rows = context.Outgoing(documentId, RelationshipTypes.Declares).ToList();
            var mapStart = edges.Select(AuditContext.Source).MinBy(s => s.Line);
            foreach (var edge in edges.Where(e => !rows.Any(row => Connects(context, e, row))))
            {
                var label = edge.Properties.GetValueOrDefault("label") is string l ? $" '{l}'" : "";
                yield return new AuditFinding(AuditRuleCodes.MapEdgeWithoutRow, DiagnosticSeverity.Info,
                    $"The map's edge{label} {context.NameOf(edge.StartId)} → {context.NameOf(edge.EndId)} has no Inputs, Outputs or Handoff Points row in {edges.Key}.",
                    [AuditContext.Source(edge)]);
            }

            foreach (var row in rows.Where(row => !edges.Any(e => Connects(context, e, row))))
            {
                yield return new AuditFinding(AuditRuleCodes.RowMissingFromMap, DiagnosticSeverity.Info,
                    $"'{row.Properties["what"]}' ({Parties(context, row)}) is not drawn in the card's collaboration map.",
                    [AuditContext.Source(row), mapStart]);
            }
        }
    }

    private static bool Connects(AuditContext context, GraphRelationship edge, GraphRelationship row)
    {
        var giver = (string)row.Properties["giver"];
        var receivers = (string[])row.Properties["receivers"];
        bool Links(string from, string to) => context.SameParty(from, giver) && receivers.Any(r => context.SameParty(to, r));
        return Links(edge.StartId, edge.EndId) || (edge.Properties.GetValueOrDefault("bidirectional") is true && Links(edge.EndId, edge.StartId));
    }

    private static string Parties(AuditContext context, GraphRelationship row) =>
        $"{context.NameOf((string)row.Properties["giver"])} → {string.Join(" + ", ((string[])row.Properties["receivers"]).Select(context.NameOf))}";
}
