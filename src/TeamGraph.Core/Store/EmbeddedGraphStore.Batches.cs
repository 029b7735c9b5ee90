using TeamGraph.Core.Graph;

namespace TeamGraph.Core.Store;

/// <summary>The batched reads: one snapshot read for every id of a batch.</summary>
public sealed partial class EmbeddedGraphStore
{
    /// <inheritdoc />
    public Task<IReadOnlyDictionary<string, GraphNode>> GetNodesAsync(IReadOnlyCollection<string> ids, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(ids);
        var graph = _snapshot.Graph;
        IReadOnlyDictionary<string, GraphNode> nodes = ids.Distinct(StringComparer.Ordinal).Select(graph.FindNode).OfType<GraphNode>()
            .ToDictionary(n => n.Id, StringComparer.Ordinal);
        return Task.FromResult(nodes);
    }

    /// <inheritdoc />
    public Task<ILookup<string, GraphNode>> GetHandoffsFromAsync(IReadOnlyCollection<string> actorIds, CancellationToken cancellationToken = default)
    {
        var snapshot = _snapshot;
        return Task.FromResult(Each(actorIds, id => Given(snapshot, id)));
    }

    /// <inheritdoc />
    public Task<ILookup<string, GraphNode>> GetHandoffsToAsync(IReadOnlyCollection<string> actorIds, CancellationToken cancellationToken = default)
    {
        var snapshot = _snapshot;
        return Task.FromResult(Each(actorIds, id => Received(snapshot, id)));
    }

    /// <inheritdoc />
    public Task<ILookup<string, GraphNeighbour>> GetNeighboursAsync(
        IReadOnlyCollection<string> nodeIds,
        string relationshipType,
        RelationshipDirection direction,
        CancellationToken cancellationToken = default)
    {
        var snapshot = _snapshot;
        return Task.FromResult(Each(nodeIds, id => Neighbours(snapshot, id, relationshipType, direction)));
    }

    private static ILookup<string, T> Each<T>(IReadOnlyCollection<string> ids, Func<string, IReadOnlyList<T>> read)
    {
        ArgumentNullException.ThrowIfNull(ids);
        return ids.Distinct(StringComparer.Ordinal).SelectMany(id => read(id).Select(value => (Id: id, Value: value)))
            .ToLookup(p => p.Id, p => p.Value, StringComparer.Ordinal);
    }
}
