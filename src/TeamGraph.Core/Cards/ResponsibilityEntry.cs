namespace TeamGraph.Core.Cards;

/// <summary>
/// One responsibility: its title ("CI/CD Pipeline", "Написание application code"), the sub-items under it,
/// and the share of time its list heading gives ("70%"), if any.
/// </summary>
public sealed record ResponsibilityEntry(
    string Text,
    ResponsibilityKind Kind,
    string? Share,
    IReadOnlyList<string> Details,
    SourceRef Source);
