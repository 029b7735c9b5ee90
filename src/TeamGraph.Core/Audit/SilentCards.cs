using TeamGraph.Core.Graph;

namespace TeamGraph.Core.Audit;

/// <summary>
/// The roles whose cards are silent about one handoff: the carded roles of the parties that did not declare it, less a
/// group's members that are parties of the handoff themselves and the cards that do declare it. Worked out from those
/// few exceptions rather than by walking every member, so a one-sided handoff to a team-wide group costs what its own
/// parties and declarations cost, not what the team costs; only a second big group among the silent parties is walked.
/// </summary>
internal sealed class SilentCards
{
    private readonly AuditContext _context;

    /// <summary>Each silent party's share, the largest first.</summary>
    private readonly List<Side> _sides;

    /// <summary>Silent roles of the other parties that the largest does not already hold, by role id.</summary>
    private readonly List<CardedRole> _extras;

    public SilentCards(AuditContext context, IEnumerable<string> undeclaredParties, IReadOnlySet<string> parties, IReadOnlySet<string> declaringDocuments)
    {
        _context = context;
        _sides = [.. undeclaredParties.Distinct(StringComparer.Ordinal)
            .Select(party => NewSide(context, party, parties, declaringDocuments))
            .OrderByDescending(side => side.Count)];
        var extras = new Dictionary<string, CardedRole>(StringComparer.Ordinal);
        foreach (var side in _sides.Skip(1))
        {
            foreach (var role in side.Silent())
            {
                if (!_sides[0].Holds(role.Role))
                {
                    extras.TryAdd(role.Role, role);
                }
            }
        }

        _extras = [.. extras.Values.OrderBy(role => role.Role, StringComparer.Ordinal)];
        Count = (_sides.Count > 0 ? _sides[0].Count : 0) + _extras.Count;
    }

    /// <summary>How many roles are silent.</summary>
    public int Count { get; }

    /// <summary>The first <paramref name="count"/> silent roles by role id.</summary>
    public List<CardedRole> First(int count)
    {
        var first = new List<CardedRole>(Math.Min(count, Count));
        using var largest = (_sides.Count > 0 ? _sides[0].Silent() : []).GetEnumerator();
        var hasLargest = largest.MoveNext();
        var extra = 0;
        while (first.Count < count && (hasLargest || extra < _extras.Count))
        {
            if (hasLargest && (extra == _extras.Count || string.CompareOrdinal(largest.Current.Role, _extras[extra].Role) < 0))
            {
                first.Add(largest.Current);
                hasLargest = largest.MoveNext();
            }
            else
            {
                first.Add(_extras[extra++]);
            }
        }

        return first;
    }

    /// <summary>True when <paramref name="documentId"/> is the card of a silent role.</summary>
    public bool IsSilentDocument(string documentId)
    {
        foreach (var describedIn in _context.Incoming(documentId, RelationshipTypes.DescribedIn))
        {
            foreach (var side in _sides)
            {
                if (side.Find(describedIn.StartId)?.DocumentId == documentId)
                {
                    return true;
                }
            }
        }

        return false;
    }

    private static Side NewSide(AuditContext context, string partyId, IReadOnlySet<string> parties, IReadOnlySet<string> declaringDocuments)
    {
        var party = context.CardedRoles(partyId);
        var excluded = new HashSet<string>(StringComparer.Ordinal);
        if (context.IsGroup(partyId))
        {
            // A group's members that are parties of the handoff themselves are not silent about it.
            excluded.UnionWith(parties.Where(p => party.Find(p) is not null));
        }

        foreach (var document in declaringDocuments)
        {
            foreach (var describedIn in context.Incoming(document, RelationshipTypes.DescribedIn))
            {
                if (party.Find(describedIn.StartId) is { } role && role.DocumentId == document)
                {
                    excluded.Add(role.Role);
                }
            }
        }

        return new Side(party, excluded);
    }

    private sealed record Side(CardedParty Party, HashSet<string> Excluded)
    {
        public int Count => Party.Roles.Count - Excluded.Count;

        /// <summary>The role's entry when it is silent on this side, else null.</summary>
        public CardedRole? Find(string roleId) => Excluded.Contains(roleId) ? null : Party.Find(roleId);

        public bool Holds(string roleId) => Find(roleId) is not null;

        public IEnumerable<CardedRole> Silent() => Party.Roles.Where(role => !Excluded.Contains(role.Role));
    }
}
