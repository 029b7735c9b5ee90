using TeamGraph.Core.Graph;

namespace TeamGraph.Core.Store;

/// <summary>A node reached over one relationship, with that relationship.</summary>
public sealed record GraphNeighbour(GraphRelationship Relationship, GraphNode Node);
