namespace TeamGraph.Core.Diagrams;

/// <summary>
/// One drawn edge of a <see cref="DiagramView"/>: every relationship of one kind between the same two nodes (and, for
/// handoffs, with the same flag), merged so the diagram stays readable.
/// </summary>
/// <param name="Kind">The relationship kind, which decides the style.</param>
/// <param name="FromId">The graph id of the start node.</param>
/// <param name="ToId">The graph id of the end node.</param>
/// <param name="Labels">The merged relationships' labels, distinct and sorted, each capped; writers join them with a line break.</param>
/// <param name="Flagged">A handoff whose status is <c>ONE_SIDED</c> or <c>CONFLICTING</c>: drawn as a warning.</param>
public sealed record DiagramEdge(EdgeKind Kind, string FromId, string ToId, IReadOnlyList<string> Labels, bool Flagged);
