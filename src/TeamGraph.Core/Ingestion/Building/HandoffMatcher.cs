using TeamGraph.Core.Graph;
using TeamGraph.Core.Ingestion.Resolution;

namespace TeamGraph.Core.Ingestion.Building;

/// <summary>
/// Merges handoff declarations into <c>Handoff</c> nodes. Two rows describe the same handoff when they have the same
/// giver, the same receivers and the same thing handed over after loosening ("Release approval" = "release approvals").
/// Each handoff keeps every declaration as a <c>DECLARES</c> relationship from its document, and gets a status.
/// </summary>
internal sealed class HandoffMatcher(GraphDraft draft, IReadOnlySet<string> documentedRoleIds, IReadOnlyDictionary<string, IReadOnlyList<string>> groupMembers)
{
    private readonly Dictionary<string, GroupFacts> _groups = groupMembers.ToDictionary(
        g => g.Key,
        g => new GroupFacts(g.Value.ToHashSet(StringComparer.Ordinal), g.Value.Count(documentedRoleIds.Contains)),
        StringComparer.Ordinal);

    public void AddHandoffs(IEnumerable<HandoffDeclaration> declarations)
    {
        var groups = declarations
            .GroupBy(d => (d.GiverId, Receivers: string.Join(',', d.ReceiverIds), What: NameNormalizer.Loosen(d.What)))
            .OrderBy(g => g.Key.GiverId, StringComparer.Ordinal).ThenBy(g => g.Key.Receivers, StringComparer.Ordinal).ThenBy(g => g.Key.What, StringComparer.Ordinal);
        foreach (var group in groups)
        {
            AddHandoff([.. group]);
        }
    }

    private void AddHandoff(IReadOnlyList<HandoffDeclaration> declarations)
    {
        var first = declarations[0];
        var id = $"handoff:{Key(first.GiverId)}>{string.Join('+', first.ReceiverIds.Select(Key))}:{GraphIds.Slug(first.What)}";
        var format = declarations.Select(d => d.Format).FirstOrDefault(f => !string.IsNullOrWhiteSpace(f));
        var trigger = declarations.Select(d => d.Trigger).FirstOrDefault(t => !string.IsNullOrWhiteSpace(t));
        draft.AddNode(id, NodeLabels.Handoff, new PropertyBag(first.Source)
            .Set("id", id).Set("what", first.What).Set("format", format).Set("trigger", trigger)
            .Set("status", Status(declarations)).Set("sources", declarations.Select(d => d.Source.ToString()).ToArray()));

        draft.AddRelationship(RelationshipTypes.Gives, first.GiverId, id, new PropertyBag(first.Source));
        foreach (var receiverId in first.ReceiverIds)
        {
            draft.AddRelationship(RelationshipTypes.To, id, receiverId, new PropertyBag(first.Source));
            draft.AddRelationship(RelationshipTypes.HandsOff, first.GiverId, receiverId,
                new PropertyBag(first.Source).Set("what", first.What).Set("handoff", id), GraphIds.Slug(first.What));
        }

        foreach (var declaration in declarations)
        {
            draft.AddRelationship(RelationshipTypes.Declares, GraphIds.Document(declaration.DocumentPath), id,
                new PropertyBag(declaration.Source).Set("side", declaration.Side).Set("what", declaration.What)
                    .Set("format", declaration.Format).Set("trigger", declaration.Trigger).Set("note", declaration.Note),
                $"{declaration.Side}:{declaration.Source.Line}");
        }
    }

    private string Status(IReadOnlyList<HandoffDeclaration> declarations)
    {
        var first = declarations[0];
        var declarers = declarations.Select(d => d.DeclarerId).ToHashSet(StringComparer.Ordinal);
        var parties = first.ReceiverIds.Prepend(first.GiverId).ToList();
        var silentParties = parties.Where(p => !DeclaredBy(p, parties, declarers)).ToList();
        if (silentParties.Count == 0)
        {
            var formats = declarations.Select(d => d.Format).Where(f => !string.IsNullOrWhiteSpace(f))
                .Select(f => NameNormalizer.Loosen(f!)).Distinct(StringComparer.Ordinal).Count();
            return formats > 1 ? HandoffStatus.Conflicting : HandoffStatus.Confirmed;
        }

        return silentParties.Any(p => HasCard(p, parties)) ? HandoffStatus.OneSided : HandoffStatus.UndocumentedPeer;
    }

    /// <summary>
    /// A group counts as declaring when one of its members does, and as having a card when one of its members does;
    /// members who are themselves the other side ("DevOps gives the Team", DevOps being in the Team) do not count.
    /// Both checks cost the size of the handoff, not of the group, so "the whole team" stays cheap on large teams.
    /// </summary>
    private bool DeclaredBy(string partyId, List<string> parties, HashSet<string> declarers) =>
        declarers.Contains(partyId)
        || (_groups.TryGetValue(partyId, out var group) && declarers.Any(d => group.Members.Contains(d) && !parties.Contains(d)));

    private bool HasCard(string partyId, List<string> parties) =>
        documentedRoleIds.Contains(partyId)
        || (_groups.TryGetValue(partyId, out var group)
            && group.DocumentedCount > parties.Count(p => group.Members.Contains(p) && documentedRoleIds.Contains(p)));

    private static string Key(string nodeId) => nodeId[(nodeId.IndexOf(':', StringComparison.Ordinal) + 1)..];

    private sealed record GroupFacts(HashSet<string> Members, int DocumentedCount);
}
