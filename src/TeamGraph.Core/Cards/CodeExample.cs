namespace TeamGraph.Core.Cards;

/// <summary>An example task: the heading above a fenced code block, the block's language and its code.</summary>
public sealed record CodeExample(string Title, string? Language, string Code, SourceRef Source);
