namespace TeamGraph.Core.Audit;

/// <summary>
/// The roles with a card that a party stands for (itself, or a group's members), by role id, found by role: indexed
/// once, as every handoff a group takes part in asks about a few of its members.
/// </summary>
internal sealed class CardedParty
{
    private readonly Dictionary<string, CardedRole> _byRole;

    public CardedParty(IReadOnlyList<CardedRole> roles)
    {
        Roles = roles;
        _byRole = roles.ToDictionary(role => role.Role, StringComparer.Ordinal);
    }

    /// <summary>Sorted by role id, each role once.</summary>
    public IReadOnlyList<CardedRole> Roles { get; }

    /// <summary>The role's entry, or null when the party does not stand for it or it has no card.</summary>
    public CardedRole? Find(string roleId) => _byRole.GetValueOrDefault(roleId);
}
