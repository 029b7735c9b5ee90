namespace TeamGraph.Core.Diagrams;

/// <summary>
/// One drawn edge of a <see cref="DiagramView"/>: one relationship, or (when the request merges parallel ones) every
/// relationship of one kind between the same two nodes in the same direction and, for handoffs, with the same status.
/// </summary>
/// <param name="Kind">The relationship kind, which decides the style.</param>
/// <param name="FromId">The graph id of the start node.</param>
/// <param name="ToId">The graph id of the end node.</param>
/// <param name="Labels">The lines of the label, each capped; writers join them with a line break. A merged edge of
/// several relationships starts with their count ("3 handoffs:"), then a few names and how many more there are.</param>
/// <param name="Flagged">A handoff whose status is <c>ONE_SIDED</c> or <c>CONFLICTING</c>: drawn as a warning.</param>
/// <param name="Status">The handoff status shared by the relationships drawn (<see langword="null"/> for other kinds).</param>
/// <param name="Count">How many relationships the edge stands for.</param>
public sealed record DiagramEdge(EdgeKind Kind, string FromId, string ToId, IReadOnlyList<string> Labels, bool Flagged, string? Status = null, int Count = 1)
{
    /// <summary>The line style the edge is drawn in.</summary>
    public DiagramLineStyle Style => Flagged ? DiagramLineStyle.FlaggedHandoff : Kind switch
    {
        EdgeKind.Handoff => DiagramLineStyle.Handoff,
        EdgeKind.Collaboration => DiagramLineStyle.Collaboration,
        EdgeKind.Escalation => DiagramLineStyle.Escalation,
        EdgeKind.Approval => DiagramLineStyle.Approval,
        _ => DiagramLineStyle.Communication,
    };
}
