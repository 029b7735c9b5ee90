namespace TeamGraph.Core.Cards;

/// <summary>A row of the 🔴 table: a situation and who must be told.</summary>
public sealed record EscalationEntry(string Situation, PartyCell Recipients, SourceRef Source);
