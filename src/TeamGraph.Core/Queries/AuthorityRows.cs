using TeamGraph.Core.Graph;
using TeamGraph.Core.Graph.Schema;
using TeamGraph.Core.Ingestion.Resolution;

namespace TeamGraph.Core.Queries;

/// <summary>
/// The escalation and approval rows of a graph, read once per snapshot: <c>ESCALATES_TO</c> and
/// <c>NEEDS_APPROVAL</c> relationships grouped by (declaring role, normalised situation or decision), with named groups
/// expanded to their members.
/// </summary>
internal sealed class AuthorityRows
{
    public AuthorityRows(PropertyGraph graph)
    {
        var members = graph.Relationships.Where(r => r.Type == RelationshipTypes.MemberOf)
            .GroupBy(r => r.EndId, StringComparer.Ordinal)
            .ToDictionary(g => g.Key, g => g.Select(r => r.StartId).Order(StringComparer.Ordinal).ToList(), StringComparer.Ordinal);
        Escalations = Rows(graph, members, RelationshipTypes.EscalatesTo, r => r.Get(EscalatesToProperties.Situation), r => r.Get(EscalatesToProperties.Urgency));
        Approvals = Rows(graph, members, RelationshipTypes.NeedsApproval, r => r.Get(NeedsApprovalProperties.Decision), r => r.Get(NeedsApprovalProperties.Note));
    }

    /// <summary>Escalation rows by role id, then situation.</summary>
    public IReadOnlyList<AuthorityRow> Escalations { get; }

    /// <summary>Approval rows by role id, then decision.</summary>
    public IReadOnlyList<AuthorityRow> Approvals { get; }

    /// <summary>The rows whose text contains every word of <paramref name="query"/>; all rows for an empty query.</summary>
    public static IEnumerable<AuthorityRow> Matching(IReadOnlyList<AuthorityRow> rows, string? query)
    {
        var parsed = new TextQuery(query);
        return parsed.IsEmpty ? rows : rows.Where(r => parsed.ContainsEveryWord(r.NormalizedText));
    }

    private static List<AuthorityRow> Rows(
        PropertyGraph graph, Dictionary<string, List<string>> members, string type, Func<GraphRelationship, string> text, Func<GraphRelationship, string?> note)
    {
        var rows = graph.Relationships.Where(r => r.Type == type)
            .GroupBy(r => (r.StartId, Text: NameNormalizer.Normalize(text(r))))
            .Select(row =>
            {
                var first = row.OrderBy(r => r.Source.Line).ThenBy(r => r.Id, StringComparer.Ordinal).First();
                return new AuthorityRow(row.Key.StartId, text(first), row.Key.Text, row.Select(note).FirstOrDefault(n => n is not null),
                    Contacts(graph, members, row.Select(r => r.EndId)), first.Source.ToString());
            });
        return [.. rows.OrderBy(r => r.RoleId, StringComparer.Ordinal).ThenBy(r => r.NormalizedText, StringComparer.Ordinal)
            .ThenBy(r => r.Source, StringComparer.Ordinal)];
    }

    /// <summary>The people named first, then each named group's members with the group; someone named twice once, directly.</summary>
    private static List<Contact> Contacts(PropertyGraph graph, Dictionary<string, List<string>> members, IEnumerable<string> partyIds)
    {
        var contacts = new List<Contact>();
        foreach (var party in partyIds.Select(graph.FindNode).OfType<GraphNode>())
        {
            if (members.TryGetValue(party.Id, out var memberIds))
            {
                contacts.AddRange(memberIds.Select(graph.FindNode).OfType<GraphNode>().Select(m => new Contact(m.Id, m.Label, m.DisplayName, party.Id)));
            }
            else
            {
                contacts.Add(new Contact(party.Id, party.Label, party.DisplayName, null));
            }
        }

        return [.. contacts.OrderBy(c => c.ViaGroup is not null).ThenBy(c => c.ViaGroup, StringComparer.Ordinal).ThenBy(c => c.Id, StringComparer.Ordinal)
            .DistinctBy(c => c.Id)];
    }
}
