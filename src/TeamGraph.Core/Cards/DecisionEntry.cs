namespace TeamGraph.Core.Cards;

/// <summary>A row of the ✅ table: a decision the role takes alone, with an example.</summary>
public sealed record DecisionEntry(string Decision, string? Example, SourceRef Source);
