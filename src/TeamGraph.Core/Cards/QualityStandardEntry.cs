namespace TeamGraph.Core.Cards;

/// <summary>A row of the quality standards table.</summary>
public sealed record QualityStandardEntry(string Aspect, string Criterion, SourceRef Source);
