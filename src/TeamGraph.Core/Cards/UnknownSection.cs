namespace TeamGraph.Core.Cards;

/// <summary>A section the card parser does not recognise, kept as raw Markdown with its heading and source.</summary>
public sealed record UnknownSection(string Heading, string Markdown, SourceRef Source);
