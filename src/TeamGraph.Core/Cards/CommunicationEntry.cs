namespace TeamGraph.Core.Cards;

/// <summary>A row of the communication frequency table: with whom, how often, in what form.</summary>
public sealed record CommunicationEntry(PartyCell Party, string? Frequency, string? Format, SourceRef Source);
