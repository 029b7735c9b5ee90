namespace TeamGraph.Core.Ingestion.Building;

internal sealed partial class HandoffMatcher
{
    private string Status(MergedHandoff handoff, string[] silentParties)
    {
        if (handoff.Conflicts.Length > 0)
        {
            return HandoffStatus.Conflicting;
        }

        // A row that names no receiver has no other side to confirm it: only one side speaks of it.
        if (handoff.ReceiverIds.Count == 0)
        {
            return HandoffStatus.OneSided;
        }

        var parties = handoff.ReceiverIds.Prepend(handoff.GiverId).ToList();
        return silentParties.Length == 0 ? (handoff.Cluster.IsProbable ? HandoffStatus.Probable : HandoffStatus.Confirmed)
            : silentParties.Any(p => HasCard(p, parties)) ? HandoffStatus.OneSided
            : HandoffStatus.UndocumentedPeer;
    }

    /// <summary>The parties of the handoff whose cards (or whose members' cards) do not declare it.</summary>
    private string[] SilentParties(MergedHandoff handoff)
    {
        var declarers = handoff.Declarations.Select(d => d.DeclarerId).ToHashSet(StringComparer.Ordinal);
        var parties = handoff.ReceiverIds.Prepend(handoff.GiverId).ToList();
        return [.. parties.Where(p => !DeclaredBy(p, parties, declarers))];
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
}
