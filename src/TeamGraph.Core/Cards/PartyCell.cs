namespace TeamGraph.Core.Cards;

/// <summary>
/// A table cell naming who gives, receives, approves or is told: "Tech Lead + PM (cost)" becomes
/// names ["Tech Lead", "PM"] with note "cost"; "Tech Lead + PM немедленно" becomes the same names with note "немедленно".
/// Names are as written; resolving them to roles is a later stage.
/// </summary>
public sealed record PartyCell(string Raw, IReadOnlyList<string> Names, string? Note);
