using TeamGraph.Core.Cards;

namespace TeamGraph.Core.Ingestion.Mermaid;

/// <summary>A subgraph: its id, its title (when it has one), the node ids directly inside it, and its parent subgraph.</summary>
public sealed record MermaidSubgraph(string Id, string? Title, IReadOnlyList<string> NodeIds, string? ParentId, SourceRef Source);
