namespace TeamGraph.Core.Ingestion.Building;

internal sealed partial class HandoffMatcher
{
    /// <summary>The handoff's giver, then its receivers.</summary>
    private static string[] Parties(MergedHandoff handoff) => [handoff.GiverId, .. handoff.ReceiverIds];

    private string Status(MergedHandoff handoff, string[] parties, string[] silentParties)
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

        if (silentParties.Length == 0)
        {
            return handoff.Cluster.IsProbable ? HandoffStatus.Probable : HandoffStatus.Confirmed;
        }

        foreach (var party in silentParties)
        {
            if (HasCard(party, parties))
            {
                return HandoffStatus.OneSided;
            }
        }

        return HandoffStatus.UndocumentedPeer;
    }

    /// <summary>The parties of the handoff whose cards (or whose members' cards) do not declare it.</summary>
    private string[] SilentParties(MergedHandoff handoff, string[] parties)
    {
        // A handoff has a few declarations and parties (a group counts as one): arrays searched in turn, no sets.
        var declarations = handoff.Declarations;
        var declarers = new string[declarations.Count];
        for (var i = 0; i < declarers.Length; i++)
        {
            declarers[i] = declarations[i].DeclarerId;
        }

        List<string>? silent = null;
        foreach (var party in parties)
        {
            if (!DeclaredBy(party, parties, declarers))
            {
                (silent ??= []).Add(party);
            }
        }

        return silent is null ? [] : [.. silent];
    }

    /// <summary>
    /// A group counts as declaring when one of its members does, and as having a card when one of its members does;
    /// members who are themselves the other side ("DevOps gives the Team", DevOps being in the Team) do not count.
    /// Both checks cost the size of the handoff, not of the group, so "the whole team" stays cheap on large teams.
    /// </summary>
    private bool DeclaredBy(string partyId, string[] parties, string[] declarers)
    {
        if (Array.IndexOf(declarers, partyId) >= 0)
        {
            return true;
        }

        if (!_groups.TryGetValue(partyId, out var group))
        {
            return false;
        }

        foreach (var declarer in declarers)
        {
            if (group.Members.Contains(declarer) && Array.IndexOf(parties, declarer) < 0)
            {
                return true;
            }
        }

        return false;
    }

    private bool HasCard(string partyId, string[] parties)
    {
        if (documentedRoleIds.Contains(partyId))
        {
            return true;
        }

        if (!_groups.TryGetValue(partyId, out var group))
        {
            return false;
        }

        var documentedParties = 0;
        foreach (var party in parties)
        {
            if (group.Members.Contains(party) && documentedRoleIds.Contains(party))
            {
                documentedParties++;
            }
        }

        return group.DocumentedCount > documentedParties;
    }
}
