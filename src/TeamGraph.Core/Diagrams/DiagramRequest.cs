namespace TeamGraph.Core.Diagrams;

/// <summary>What to draw and how.</summary>
/// <param name="Scope">The part of the team.</param>
/// <param name="Format">The diagram language (mermaid by default).</param>
/// <param name="Kinds">The edge kinds to draw; <see langword="null"/> or empty means handoffs only.</param>
public sealed record DiagramRequest(DiagramScope Scope, DiagramFormat Format = DiagramFormat.Mermaid, IReadOnlySet<EdgeKind>? Kinds = null)
{
    /// <summary>
    /// The most edges a view draws unmerged under <see cref="DiagramMergeMode.Auto"/>. Twenty: a role's own
    /// neighbourhood (DevOps has fifteen handoffs on the seed team) keeps one edge per handoff, while the whole team
    /// (fifty-one) is merged.
    /// </summary>
    public const int AutoMergeThreshold = 20;

    /// <summary>
    /// The most relationships a mermaid diagram draws one edge each, whatever <see cref="MergeParallel"/> says: mermaid
    /// refuses a flowchart of 500 edges or more (its secure <c>maxEdges</c> setting), and this leaves room for the
    /// legend's samples. <value>480</value>
    /// </summary>
    public const int MermaidUnmergedEdgeLimit = 480;

    /// <summary>The title drawn above the diagram.</summary>
    /// <value><see langword="null"/> (the default): a title saying what the diagram shows, such as
    /// "Neighbourhood of DevOps Engineer (depth 1) — handoffs".</value>
    public string? Title { get; init; }

    /// <summary>Whether a legend explains the line styles drawn.</summary>
    /// <value><see langword="null"/> (the default): a legend when more than one style is drawn; <see langword="true"/>:
    /// a legend whenever something is drawn; <see langword="false"/>: none.</value>
    public bool? Legend { get; init; }

    /// <summary>Whether parallel relationships are drawn as one counted edge.</summary>
    /// <value><see cref="DiagramMergeMode.Auto"/> by default.</value>
    public DiagramMergeMode MergeParallel { get; init; }

    /// <summary>What the scope is narrowed to.</summary>
    /// <value><see langword="null"/> (the default): nothing is filtered out.</value>
    public DiagramFilter? Filter { get; init; }
}
