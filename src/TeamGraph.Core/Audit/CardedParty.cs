namespace TeamGraph.Core.Audit;

/// <summary>The roles with a card that a party stands for (itself, or a group's members), by role id, found by role.</summary>
internal sealed class CardedParty
{
    // A role stands for itself: one entry, scanned. A group's members are indexed once, as every handoff it takes
    // part in asks about a few of them.
    private const int ScannedUpTo = 8;

    private readonly Dictionary<string, int>? _positions;

    public CardedParty(IReadOnlyList<CardedRole> roles)
    {
        Roles = roles;
        if (roles.Count > ScannedUpTo)
        {
            _positions = new Dictionary<string, int>(roles.Count, StringComparer.Ordinal);
            for (var i = 0; i < roles.Count; i++)
            {
                _positions[roles[i].Role] = i;
            }
        }
    }

    /// <summary>Sorted by role id, each role once.</summary>
    public IReadOnlyList<CardedRole> Roles { get; }

    /// <summary>The role's entry, or null when the party does not stand for it or it has no card.</summary>
    public CardedRole? Find(string roleId)
    {
        if (_positions is not null)
        {
            return _positions.TryGetValue(roleId, out var position) ? Roles[position] : null;
        }

        foreach (var role in Roles)
        {
            if (role.Role == roleId)
            {
                return role;
            }
        }

        return null;
    }
}
