namespace TeamGraph.Core.Cards;

/// <summary>A piece of text from a card with the place it was written.</summary>
public sealed record SourcedText(string Text, SourceRef Source);
