using TeamGraph.Core.Graph;
using TeamGraph.Core.Store;

namespace TeamGraph.Neo4j.Reader;

/// <summary>
/// A part of the graph one kind of query needs in memory: the nodes of some labels and the relationships of some
/// types between them. Each is exactly what Core's <c>TeamGraphQueries</c> reads for that query, so running it over
/// the part answers as it does over the whole graph.
/// </summary>
internal sealed record ReadSubgraph(string Name, IReadOnlyList<string> Labels, IReadOnlyList<string> Types)
{
    private static readonly string[] Actors = [NodeLabels.Role, NodeLabels.Group, NodeLabels.ExternalActor];

    /// <summary>Actors, group members, and the escalation and approval rows.</summary>
    public static ReadSubgraph Authority { get; } = new(
        "authority",
        Actors,
        [RelationshipTypes.MemberOf, RelationshipTypes.EscalatesTo, RelationshipTypes.NeedsApproval]);

    /// <summary>The searched nodes, who owns them, and the authority rows.</summary>
    public static ReadSubgraph Search { get; } = new(
        "search",
        [.. Actors, NodeLabels.Responsibility, NodeLabels.Decision, NodeLabels.Artifact, NodeLabels.Skill, NodeLabels.Tool, NodeLabels.Handoff],
        [
            RelationshipTypes.MemberOf, RelationshipTypes.EscalatesTo, RelationshipTypes.NeedsApproval, RelationshipTypes.HasResponsibility,
            RelationshipTypes.Decides, RelationshipTypes.Produces, RelationshipTypes.HasSkill, RelationshipTypes.UsesTool,
            RelationshipTypes.Gives, RelationshipTypes.To,
        ]);

    /// <summary>What diagrams draw (<see cref="DiagramSubgraph"/>).</summary>
    public static ReadSubgraph Diagram { get; } = new("diagram", DiagramSubgraph.Labels, DiagramSubgraph.Types);

    public static IReadOnlyList<ReadSubgraph> All { get; } = [Authority, Search, Diagram];

    /// <summary>The part of <paramref name="graph"/> this subgraph reads, as the statement would return it.</summary>
    public PropertyGraph Of(PropertyGraph graph)
    {
        ArgumentNullException.ThrowIfNull(graph);
        return graph.Part(Labels, Types);
    }
}
