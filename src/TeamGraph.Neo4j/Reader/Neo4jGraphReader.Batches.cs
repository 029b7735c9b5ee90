using TeamGraph.Core.Graph;
using TeamGraph.Core.Store;

namespace TeamGraph.Neo4j.Reader;

/// <summary>The batched reads: one statement for every id of a batch.</summary>
public sealed partial class Neo4jGraphReader
{
    /// <inheritdoc />
    public async Task<IReadOnlyDictionary<string, GraphNode>> GetNodesAsync(IReadOnlyCollection<string> ids, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(ids);
        if (ids.Count == 0)
        {
            return new Dictionary<string, GraphNode>(StringComparer.Ordinal);
        }

        var rows = await RunAsync(GraphReadStatements.NodesById, ids, cancellationToken).ConfigureAwait(false);
        return Enumerable.Range(0, rows.Count).Select(rows.Node).DistinctBy(n => n.Id, StringComparer.Ordinal).ToDictionary(n => n.Id, StringComparer.Ordinal);
    }

    /// <inheritdoc />
    public Task<ILookup<string, GraphNode>> GetHandoffsFromAsync(IReadOnlyCollection<string> actorIds, CancellationToken cancellationToken = default) =>
        HandoffsAsync(GraphReadStatements.HandoffsGiven, actorIds, cancellationToken);

    /// <inheritdoc />
    public Task<ILookup<string, GraphNode>> GetHandoffsToAsync(IReadOnlyCollection<string> actorIds, CancellationToken cancellationToken = default) =>
        HandoffsAsync(GraphReadStatements.HandoffsReceived, actorIds, cancellationToken);

    /// <inheritdoc />
    public async Task<ILookup<string, GraphNeighbour>> GetNeighboursAsync(
        IReadOnlyCollection<string> nodeIds,
        string relationshipType,
        RelationshipDirection direction,
        CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(nodeIds);
        ArgumentNullException.ThrowIfNull(relationshipType);

        // A type outside the vocabulary is never written, so it has no relationships; it is not worth a round trip.
        if (nodeIds.Count == 0 || !RelationshipTypes.All.Contains(relationshipType))
        {
            return Array.Empty<GraphNeighbour>().ToLookup(_ => "", StringComparer.Ordinal);
        }

        var rows = await RunAsync(GraphReadStatements.Neighbours(relationshipType, direction), nodeIds, cancellationToken).ConfigureAwait(false);

        // OrderBy is stable: a relationship from a node to itself stays twice, outgoing first, as in memory.
        return Enumerable.Range(0, rows.Count)
            .Select(row => (Key: rows.Key(row), Neighbour: new GraphNeighbour(rows.NeighbourRelationship(row), rows.Node(row))))
            .OrderBy(p => p.Key, StringComparer.Ordinal).ThenBy(p => p.Neighbour.Relationship.Id, StringComparer.Ordinal)
            .ToLookup(p => p.Key, p => p.Neighbour, StringComparer.Ordinal);
    }

    private async Task<ILookup<string, GraphNode>> HandoffsAsync(string statement, IReadOnlyCollection<string> actorIds, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(actorIds);
        if (actorIds.Count == 0)
        {
            return Array.Empty<GraphNode>().ToLookup(_ => "", StringComparer.Ordinal);
        }

        var rows = await RunAsync(statement, actorIds, cancellationToken).ConfigureAwait(false);
        return Enumerable.Range(0, rows.Count)
            .Select(row => (Key: rows.Key(row), Node: rows.Node(row)))
            .DistinctBy(p => (p.Key, p.Node.Id))
            .OrderBy(p => p.Key, StringComparer.Ordinal).ThenBy(p => p.Node.Id, StringComparer.Ordinal)
            .ToLookup(p => p.Key, p => p.Node, StringComparer.Ordinal);
    }
}
