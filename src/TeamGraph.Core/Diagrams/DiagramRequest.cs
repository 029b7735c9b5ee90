namespace TeamGraph.Core.Diagrams;

/// <summary>What to draw and how.</summary>
/// <param name="Scope">The part of the team.</param>
/// <param name="Format">The diagram language (mermaid by default).</param>
/// <param name="Kinds">The edge kinds to draw; <see langword="null"/> or empty means handoffs only.</param>
public sealed record DiagramRequest(DiagramScope Scope, DiagramFormat Format = DiagramFormat.Mermaid, IReadOnlySet<EdgeKind>? Kinds = null);
