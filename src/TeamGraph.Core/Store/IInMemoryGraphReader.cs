using TeamGraph.Core.Graph;

namespace TeamGraph.Core.Store;

/// <summary>
/// The reads a store that holds its graph in memory answers at once, as <see cref="ITeamGraphReader"/>'s reads of the
/// same names would. A GraphQL request batches its reads of a remote store (one round trip per query level); batching
/// reads that cost a lookup costs more than the reads: a role card of 5,000 handoffs made a deferred value, a batch entry
/// and a task per handoff for its giver alone. Resolvers read through this when <see cref="ITeamGraphReader.InMemory"/>
/// offers it, and batch otherwise.
/// </summary>
public interface IInMemoryGraphReader
{
    /// <summary>The node with <paramref name="id"/>, or <see langword="null"/>.</summary>
    GraphNode? GetNode(string id);

    /// <summary>Handoffs the actor gives, directly or through a group it belongs to, sorted by id.</summary>
    IReadOnlyList<GraphNode> GetHandoffsFrom(string actorId);

    /// <summary>Handoffs the actor receives, directly or through a group it belongs to, sorted by id.</summary>
    IReadOnlyList<GraphNode> GetHandoffsTo(string actorId);

    /// <summary>Nodes one <paramref name="relationshipType"/> relationship away, sorted by relationship id.</summary>
    IReadOnlyList<GraphNeighbour> GetNeighbours(string nodeId, string relationshipType, RelationshipDirection direction);
}
