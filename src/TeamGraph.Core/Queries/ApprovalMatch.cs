namespace TeamGraph.Core.Queries;

/// <summary>One row of a role's ⚠️ table: this decision needs these people's sign-off.</summary>
/// <param name="RoleId">The role whose card declares that it needs approval.</param>
/// <param name="Decision">The decision as written.</param>
/// <param name="Note">The note of the approvers' cell ("cost"), if any.</param>
/// <param name="Approvers">Who signs off: the people named first, then members of named groups.</param>
/// <param name="Source">The row as <c>path:line</c>.</param>
public sealed record ApprovalMatch(string RoleId, string Decision, string? Note, IReadOnlyList<Contact> Approvers, string Source);
