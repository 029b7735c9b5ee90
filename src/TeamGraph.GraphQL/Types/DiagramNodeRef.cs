using TeamGraph.Core.Diagrams;

namespace TeamGraph.GraphQL.Types;

/// <summary>One actor drawn in a diagram, and whether it is drawn as a box around its members.</summary>
internal sealed record DiagramNodeRef(DiagramNode Node, bool Cluster);
