namespace TeamGraph.Core.Cards;

/// <summary>A row of the Handoff Points table: what is handed over, to whom, on what trigger.</summary>
public sealed record HandoffPointEntry(string What, PartyCell Party, string? Trigger, SourceRef Source);
