using TeamGraph.Core.Cards;

namespace TeamGraph.Core.Ingestion.Mermaid;

/// <summary>
/// A parsed flowchart: direction (<c>LR</c>, <c>TB</c>, ...; <c>TD</c> reported as <c>TB</c>), nodes in order of first
/// appearance, edges in order, subgraphs, and the line of its <c>graph</c> or <c>flowchart</c> keyword.
/// </summary>
public sealed record MermaidFlowchart(
    string Direction,
    IReadOnlyList<MermaidNode> Nodes,
    IReadOnlyList<MermaidEdge> Edges,
    IReadOnlyList<MermaidSubgraph> Subgraphs,
    SourceRef Source)
{
    /// <summary>The <c>classDef</c> statements: each class with its styles, in the order first defined (a later definition adds styles).</summary>
    public IReadOnlyList<MermaidClassDef> ClassDefs { get; init; } = [];

    /// <summary>The styles of <c>linkStyle default</c>, which mermaid applies to every edge without its own <c>linkStyle</c>.</summary>
    public IReadOnlyList<string> DefaultLinkStyles { get; init; } = [];

    /// <summary>The curve of <c>linkStyle default interpolate ...</c>, or <see langword="null"/>.</summary>
    public string? DefaultLinkInterpolate { get; init; }

    /// <summary>The accessible title (<c>accTitle: ...</c>), or <see langword="null"/>.</summary>
    public string? AccessibleTitle { get; init; }

    /// <summary>The accessible description (<c>accDescr: ...</c> or <c>accDescr { ... }</c>), or <see langword="null"/>.</summary>
    public string? AccessibleDescription { get; init; }
}
