namespace TeamGraph.Core.Diagrams;

/// <summary>One relationship between two actors as read from the graph, before parallel ones are merged.</summary>
/// <param name="Kind">The kind.</param>
/// <param name="FromId">The start actor's graph id.</param>
/// <param name="ToId">The end actor's graph id.</param>
/// <param name="Label">The label, already composed (what, trigger, warning marker); empty when there is none.</param>
/// <param name="Flagged">A one-sided or conflicting handoff.</param>
internal sealed record DiagramRelationship(EdgeKind Kind, string FromId, string ToId, string Label, bool Flagged);
