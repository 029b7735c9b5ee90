namespace TeamGraph.Core.Ingestion.Mermaid;

/// <summary>A parsed flowchart: direction (<c>LR</c>, <c>TB</c>, ...; <c>TD</c> reported as <c>TB</c>), nodes in order of first appearance, edges in order, subgraphs.</summary>
public sealed record MermaidFlowchart(
    string Direction,
    IReadOnlyList<MermaidNode> Nodes,
    IReadOnlyList<MermaidEdge> Edges,
    IReadOnlyList<MermaidSubgraph> Subgraphs);
