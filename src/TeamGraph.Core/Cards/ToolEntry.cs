namespace TeamGraph.Core.Cards;

/// <summary>A row of the Tools Proficiency table.</summary>
public sealed record ToolEntry(string Name, string? Usage, SourceRef Source);
