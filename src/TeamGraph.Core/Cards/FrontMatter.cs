namespace TeamGraph.Core.Cards;

/// <summary>The YAML front matter keys TeamGraph understands. They win over the card's tables.</summary>
public sealed record FrontMatter(string? Code, string? Name, IReadOnlyList<string> Aliases, SourceRef Source);
