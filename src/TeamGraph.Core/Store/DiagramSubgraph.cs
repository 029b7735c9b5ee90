using TeamGraph.Core.Graph;

namespace TeamGraph.Core.Store;

/// <summary>
/// What <c>DiagramGenerator</c> reads: actors, handoffs, group membership and the relationships a diagram can draw
/// (handoffs as GIVES and TO, collaboration, escalation, approval, communication). A store answers a diagram with this
/// part of its graph, not all of it.
/// </summary>
public static class DiagramSubgraph
{
    /// <summary>The node labels it holds.</summary>
    public static IReadOnlyList<string> Labels { get; } = [NodeLabels.Role, NodeLabels.Group, NodeLabels.ExternalActor, NodeLabels.Handoff];

    /// <summary>The relationship types it holds, between two of its nodes.</summary>
    public static IReadOnlyList<string> Types { get; } =
    [
        RelationshipTypes.Gives, RelationshipTypes.To, RelationshipTypes.MemberOf, RelationshipTypes.Collaborates,
        RelationshipTypes.EscalatesTo, RelationshipTypes.NeedsApproval, RelationshipTypes.Meets,
    ];

    /// <summary>This part of <paramref name="graph"/>.</summary>
    public static PropertyGraph Of(PropertyGraph graph)
    {
        ArgumentNullException.ThrowIfNull(graph);
        return graph.Part(Labels, Types);
    }
}
