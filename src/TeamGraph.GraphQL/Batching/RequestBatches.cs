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
        Nodes = new BatchLoader<GraphNode?>(async (ids, ct) =>
        {
            var nodes = await reader.GetNodesAsync(ids, ct).ConfigureAwait(false);
            return id => nodes.GetValueOrDefault(id);
        });
        HandoffsFrom = new BatchLoader<IReadOnlyList<GraphNode>>(async (ids, ct) => Lists(await reader.GetHandoffsFromAsync(ids, ct).ConfigureAwait(false)));
        HandoffsTo = new BatchLoader<IReadOnlyList<GraphNode>>(async (ids, ct) => Lists(await reader.GetHandoffsToAsync(ids, ct).ConfigureAwait(false)));
        Approvals = new BatchLoader<IReadOnlyList<ApprovalMatch>>(
            async (ids, ct) => ByRole(await reader.FindApprovalsAsync(null, ct).ConfigureAwait(false), ids, a => a.RoleId));
        Escalations = new BatchLoader<IReadOnlyList<EscalationMatch>>(
            async (ids, ct) => ByRole(await reader.FindEscalationsAsync(null, ct).ConfigureAwait(false), ids, e => e.RoleId));
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
        _neighbours.GetOrAdd((type, direction), static (key, reader) => new BatchLoader<IReadOnlyList<GraphNeighbour>>(
            async (ids, ct) => Lists(await reader.GetNeighboursAsync(ids, key.Type, key.Direction, ct).ConfigureAwait(false))), _reader);

    /// <summary>Each key's group as a list: the store's own list when its lookup hands one out, else a copy.</summary>
    private static Func<string, IReadOnlyList<T>> Lists<T>(ILookup<string, T> lookup) =>
        key => lookup[key] switch
        {
            IReadOnlyList<T> list => list,
            var values => [.. values],
        };

    private static Func<string, IReadOnlyList<T>> ByRole<T>(IReadOnlyList<T> rows, IReadOnlyCollection<string> roleIds, Func<T, string> roleOf)
    {
        var wanted = roleIds.ToHashSet(StringComparer.Ordinal);
        return Lists(rows.Where(r => wanted.Contains(roleOf(r))).ToLookup(roleOf, StringComparer.Ordinal));
    }
}
