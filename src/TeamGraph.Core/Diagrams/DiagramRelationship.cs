namespace TeamGraph.Core.Diagrams;

/// <summary>One relationship between two actors as read from the graph, before parallel ones are merged.</summary>
/// <param name="Kind">The kind.</param>
/// <param name="FromId">The start actor's graph id.</param>
/// <param name="ToId">The end actor's graph id.</param>
/// <param name="Label">The label, already composed (what, trigger, warning marker); empty when there is none.</param>
/// <param name="Status">A handoff's status; <see langword="null"/> for other kinds.</param>
internal sealed record DiagramRelationship(EdgeKind Kind, string FromId, string ToId, string Label, string? Status = null)
{
    /// <summary>A one-sided or conflicting handoff.</summary>
    public bool Flagged => DiagramLabels.IsFlagged(Status);
}
