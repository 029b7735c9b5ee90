using TeamGraph.Core.Cards;

namespace TeamGraph.Core.Audit;

/// <summary>A role with a card: its id, where the card starts, and the card's <c>Document</c> node id.</summary>
internal sealed record CardedRole(string Role, SourceRef Card, string DocumentId);
