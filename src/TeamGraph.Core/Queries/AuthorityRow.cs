namespace TeamGraph.Core.Queries;

/// <summary>
/// One row of a ⚠️ or 🔴 table: the relationships one role's card draws for one decision or situation, merged back
/// into the row with everyone it names.
/// </summary>
internal sealed record AuthorityRow(string RoleId, string Text, string NormalizedText, string? Note, IReadOnlyList<Contact> Contacts, string Source);
