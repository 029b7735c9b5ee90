namespace TeamGraph.Core.Cards;

/// <summary>A key and value pair: an unknown Identity row, or a "**Key**: value" list item.</summary>
public sealed record KeyValueEntry(string Key, string Value, SourceRef Source);
