namespace TeamGraph.Core.Diagrams;

/// <summary>
/// The part of the team a diagram shows. Actor ids are graph node ids (<c>role:DO</c>); callers resolve codes and
/// names first (for example with <c>ITeamGraphReader.FindRoleAsync</c>).
/// </summary>
/// <param name="Kind">What the scope is.</param>
/// <param name="RoleIds">The centre (<see cref="DiagramScopeKind.Neighbourhood"/>), the two ends
/// (<see cref="DiagramScopeKind.Chains"/>: from, to) or the roles (<see cref="DiagramScopeKind.Roles"/>).</param>
/// <param name="Depth">How many relationships away a neighbourhood reaches (1 by default).</param>
/// <param name="MaxHops">The longest chain drawn (<see cref="DiagramScopeKind.Chains"/>; 4 by default).</param>
/// <param name="MaxPaths">The most chains drawn (<see cref="DiagramScopeKind.Chains"/>; 10 by default).</param>
public sealed record DiagramScope(DiagramScopeKind Kind, IReadOnlyList<string> RoleIds, int Depth = 1, int MaxHops = 4, int MaxPaths = 10)
{
    /// <summary>The whole team.</summary>
    public static DiagramScope Team() => new(DiagramScopeKind.Team, []);

    /// <summary>One role's neighbourhood.</summary>
    public static DiagramScope Neighbourhood(string roleId, int depth = 1) => new(DiagramScopeKind.Neighbourhood, [roleId], depth);

    /// <summary>The handoff chains between two roles.</summary>
    public static DiagramScope Chains(string fromId, string toId, int maxHops = 4, int maxPaths = 10) =>
        new(DiagramScopeKind.Chains, [fromId, toId], MaxHops: maxHops, MaxPaths: maxPaths);

    /// <summary>An explicit set of roles.</summary>
    public static DiagramScope Roles(params IReadOnlyList<string> roleIds) => new(DiagramScopeKind.Roles, roleIds);
}
