using System.Collections.Concurrent;
using TeamGraph.Core.Graph;
using TeamGraph.Core.Queries;
using TeamGraph.Core.Store;

namespace TeamGraph.GraphQL.Batching;

/// <summary>
/// The batch loaders of one request, all reading the graph the request pinned: nodes by id, handoffs given and
/// received, neighbours by (relationship type, direction), and a role's approval and escalation rows. Each loader makes
/// one store call per query level however many parent objects ask.
/// </summary>
internal sealed class RequestBatches
{
    private readonly ITeamGraphReader _reader;
    private readonly ConcurrentDictionary<(string Type, RelationshipDirection Direction), BatchLoader<IReadOnlyList<GraphNeighbour>>> _neighbours = new();

    /// <summary>Loaders over <paramref name="reader"/>.</summary>
    public RequestBatches(ITeamGraphReader reader)
    {
        _reader = reader;
        Nodes = new BatchLoader<GraphNode?>(async (ids, ct) => (await reader.GetNodesAsync(ids, ct).ConfigureAwait(false))
            .ToDictionary(p => p.Key, GraphNode? (p) => p.Value, StringComparer.Ordinal), null);
        HandoffsFrom = new BatchLoader<IReadOnlyList<GraphNode>>(async (ids, ct) => Grouped(await reader.GetHandoffsFromAsync(ids, ct).ConfigureAwait(false)), []);
        HandoffsTo = new BatchLoader<IReadOnlyList<GraphNode>>(async (ids, ct) => Grouped(await reader.GetHandoffsToAsync(ids, ct).ConfigureAwait(false)), []);
        Approvals = new BatchLoader<IReadOnlyList<ApprovalMatch>>(
            async (ids, ct) => ByRole(await reader.FindApprovalsAsync(null, ct).ConfigureAwait(false), ids, a => a.RoleId), []);
        Escalations = new BatchLoader<IReadOnlyList<EscalationMatch>>(
            async (ids, ct) => ByRole(await reader.FindEscalationsAsync(null, ct).ConfigureAwait(false), ids, e => e.RoleId), []);
    }

    /// <summary>Nodes by id; <see langword="null"/> for an unknown id.</summary>
    public BatchLoader<GraphNode?> Nodes { get; }

    /// <summary>Handoffs an actor gives, directly or through its groups.</summary>
    public BatchLoader<IReadOnlyList<GraphNode>> HandoffsFrom { get; }

    /// <summary>Handoffs an actor receives, directly or through its groups.</summary>
    public BatchLoader<IReadOnlyList<GraphNode>> HandoffsTo { get; }

    /// <summary>The needs-approval rows a role's card declares.</summary>
    public BatchLoader<IReadOnlyList<ApprovalMatch>> Approvals { get; }

    /// <summary>The escalation rows a role's card declares.</summary>
    public BatchLoader<IReadOnlyList<EscalationMatch>> Escalations { get; }

    /// <summary>Nodes one <paramref name="type"/> relationship away, sorted by relationship id.</summary>
    public BatchLoader<IReadOnlyList<GraphNeighbour>> Neighbours(string type, RelationshipDirection direction) =>
        _neighbours.GetOrAdd((type, direction), key => new BatchLoader<IReadOnlyList<GraphNeighbour>>(
            async (ids, ct) => Grouped(await _reader.GetNeighboursAsync(ids, key.Type, key.Direction, ct).ConfigureAwait(false)), []));

    private static Dictionary<string, IReadOnlyList<T>> Grouped<T>(ILookup<string, T> lookup) =>
        lookup.ToDictionary(g => g.Key, IReadOnlyList<T> (g) => [.. g], StringComparer.Ordinal);

    private static Dictionary<string, IReadOnlyList<T>> ByRole<T>(IReadOnlyList<T> rows, IReadOnlyCollection<string> roleIds, Func<T, string> roleOf)
    {
        var wanted = roleIds.ToHashSet(StringComparer.Ordinal);
        return Grouped(rows.Where(r => wanted.Contains(roleOf(r))).ToLookup(roleOf, StringComparer.Ordinal));
    }
}
