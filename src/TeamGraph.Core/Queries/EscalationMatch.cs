namespace TeamGraph.Core.Queries;

/// <summary>One row of a role's 🔴 escalation table: in this situation, tell these people.</summary>
/// <param name="RoleId">The role whose card declares the escalation.</param>
/// <param name="Situation">The situation as written.</param>
/// <param name="Urgency">The note of the recipients' cell ("немедленно"), if any.</param>
/// <param name="Contacts">Who to tell: the people named first, then members of named groups.</param>
/// <param name="Source">The row as <c>path:line</c>.</param>
public sealed record EscalationMatch(string RoleId, string Situation, string? Urgency, IReadOnlyList<Contact> Contacts, string Source);
