namespace TeamGraph.Core.Cards;

/// <summary>A row of the Technical Skills table: skill, level, how it is used.</summary>
public sealed record SkillEntry(string Name, string? Level, string? Usage, SourceRef Source);
