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
        return Task.FromResult<ILookup<string, GraphNode>>(Each(actorIds, id => Given(snapshot, id)));
    }

    /// <inheritdoc />
    public Task<ILookup<string, GraphNode>> GetHandoffsToAsync(IReadOnlyCollection<string> actorIds, CancellationToken cancellationToken = default)
    {
        var snapshot = _snapshot;
        return Task.FromResult<ILookup<string, GraphNode>>(Each(actorIds, id => Received(snapshot, id)));
    }

    /// <inheritdoc />
    public Task<ILookup<string, GraphNeighbour>> GetNeighboursAsync(
        IReadOnlyCollection<string> nodeIds,
        string relationshipType,
        RelationshipDirection direction,
        CancellationToken cancellationToken = default)
    {
        var snapshot = _snapshot;
        return Task.FromResult<ILookup<string, GraphNeighbour>>(Each(nodeIds, id => Neighbours(snapshot, id, relationshipType, direction)));
    }

    /// <summary>One read per distinct id, each list kept as read: the lookup hands them out without copying.</summary>
    private static ListLookup<T> Each<T>(IReadOnlyCollection<string> ids, Func<string, IReadOnlyList<T>> read)
    {
        ArgumentNullException.ThrowIfNull(ids);
        var groups = new Dictionary<string, IReadOnlyList<T>>(ids.Count, StringComparer.Ordinal);
        foreach (var id in ids)
        {
            if (!groups.ContainsKey(id) && read(id) is { Count: > 0 } values)
            {
                groups.Add(id, values);
            }
        }

        return new ListLookup<T>(groups);
    }
}
