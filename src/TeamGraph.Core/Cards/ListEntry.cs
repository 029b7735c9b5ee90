namespace TeamGraph.Core.Cards;

/// <summary>
/// A list item. "**Системное мышление**: Понимание всей инфраструктуры" has name "Системное мышление" and
/// detail "Понимание всей инфраструктуры"; a plain item has its whole text as name and no detail.
/// </summary>
public sealed record ListEntry(string Name, string? Detail, SourceRef Source);
