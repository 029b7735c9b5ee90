using TeamGraph.Core.Graph;

namespace TeamGraph.Core.Store;

/// <summary>
/// The read side of a team graph store. The embedded store and the Neo4j store implement it and pass the same
/// contract tests; the API reads only through it. Results are sorted by node id unless stated otherwise.
/// </summary>
public interface ITeamGraphReader
{
    /// <summary>The role whose code, name or alias is <paramref name="codeNameOrAlias"/> (case-insensitive), or <see langword="null"/>.</summary>
    Task<GraphNode?> FindRoleAsync(string codeNameOrAlias, CancellationToken cancellationToken = default);

    /// <summary>Every role, documented or not.</summary>
    Task<IReadOnlyList<GraphNode>> GetRolesAsync(CancellationToken cancellationToken = default);

    /// <summary>The node with <paramref name="id"/>, or <see langword="null"/>.</summary>
    Task<GraphNode?> GetNodeAsync(string id, CancellationToken cancellationToken = default);

    /// <summary>Handoffs the actor gives, directly or through a group it belongs to.</summary>
    Task<IReadOnlyList<GraphNode>> GetHandoffsFromAsync(string actorId, CancellationToken cancellationToken = default);

    /// <summary>Handoffs the actor receives, directly or through a group it belongs to.</summary>
    Task<IReadOnlyList<GraphNode>> GetHandoffsToAsync(string actorId, CancellationToken cancellationToken = default);

    /// <summary>Nodes one <paramref name="relationshipType"/> relationship away, sorted by relationship id.</summary>
    Task<IReadOnlyList<GraphNeighbour>> GetNeighboursAsync(
        string nodeId,
        string relationshipType,
        RelationshipDirection direction,
        CancellationToken cancellationToken = default);
}
