namespace TeamGraph.Core.Queries;

/// <summary>A text that matches every word of a search.</summary>
/// <param name="Kind">What was matched.</param>
/// <param name="NodeId">The matched node; for approval and escalation rows, the role whose card has the row.</param>
/// <param name="Text">The matched text as written.</param>
/// <param name="ActorIds">
/// Who it belongs to, sorted: the roles holding the responsibility, decision, artifact, skill or tool; the declaring
/// role of a row; the giver and receivers of a handoff.
/// </param>
/// <param name="Source">Where the text is written, as <c>path:line</c>.</param>
/// <param name="Rank">0 when the text is the query, 1 when it contains the query as a phrase, 2 when it has every word.</param>
public sealed record SearchHit(SearchHitKind Kind, string NodeId, string Text, IReadOnlyList<string> ActorIds, string Source, int Rank);
