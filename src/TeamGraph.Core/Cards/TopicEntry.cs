namespace TeamGraph.Core.Cards;

/// <summary>A row of the learning plan's technologies table: what to study and with what focus.</summary>
public sealed record TopicEntry(string Name, string? Focus, SourceRef Source);
