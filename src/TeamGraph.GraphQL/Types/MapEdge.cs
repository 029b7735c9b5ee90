using TeamGraph.Core.Graph;

namespace TeamGraph.GraphQL.Types;

/// <summary>One edge of a collaboration map: its <c>COLLABORATES</c> relationship and the actors at both ends.</summary>
internal sealed record MapEdge(GraphNode From, GraphNode To, GraphRelationship Relationship);
