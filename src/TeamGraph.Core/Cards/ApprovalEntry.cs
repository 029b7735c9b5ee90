namespace TeamGraph.Core.Cards;

/// <summary>A row of the ⚠️ table: a decision that needs the approval of the parties named.</summary>
public sealed record ApprovalEntry(string Decision, PartyCell Approvers, SourceRef Source);
