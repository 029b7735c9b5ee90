namespace TeamGraph.Core.Cards;

/// <summary>A row of the Inputs table (Party = from whom) or the Outputs table (Party = to whom).</summary>
public sealed record FlowEntry(PartyCell Party, string What, string? Format, SourceRef Source);
