namespace TeamGraph.Core.Diagrams;

/// <summary>
/// A role drawn outside the box of a group it belongs to (it sits in the box of another group), drawn as a dashed
/// membership line instead.
/// </summary>
/// <param name="RoleId">The member's graph id.</param>
/// <param name="GroupId">The group's graph id.</param>
public sealed record DiagramMembership(string RoleId, string GroupId);
