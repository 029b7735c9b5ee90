using TeamGraph.Core.Graph;
using TeamGraph.Core.Graph.Schema;
using TeamGraph.Core.Queries;

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

    /// <summary>
    /// The same reads answered at once, when this store holds its graph in memory (the embedded store); <see
    /// langword="null"/> for a store read over the network, whose reads resolvers batch.
    /// </summary>
    IInMemoryGraphReader? InMemory => null;

    /// <summary>Every node labelled <paramref name="label"/> (one of <see cref="NodeLabels"/>), sorted by id.</summary>
    Task<IReadOnlyList<GraphNode>> GetNodesLabelledAsync(string label, CancellationToken cancellationToken = default);

    /// <summary>
    /// Handoffs given by <paramref name="giverId"/> and received by <paramref name="receiverId"/> (each directly or through
    /// a group it belongs to; either may be null for anyone) with <paramref name="status"/> (null for any), sorted by id.
    /// Both stores answer it from their own reads of handoffs by label, by giver and by receiver.
    /// </summary>
    async Task<IReadOnlyList<GraphNode>> FindHandoffsAsync(string? giverId, string? receiverId, string? status, CancellationToken cancellationToken = default)
    {
        IEnumerable<GraphNode> handoffs = giverId is null
            ? await GetNodesLabelledAsync(NodeLabels.Handoff, cancellationToken).ConfigureAwait(false)
            : await GetHandoffsFromAsync(giverId, cancellationToken).ConfigureAwait(false);
        if (receiverId is not null)
        {
            var received = await GetHandoffsToAsync(receiverId, cancellationToken).ConfigureAwait(false);
            handoffs = handoffs.IntersectBy(received.Select(h => h.Id), h => h.Id);
        }

        return [.. handoffs.Where(h => status is null || h.Get(HandoffProperties.Status) == status).OrderBy(h => h.Id, StringComparer.Ordinal)];
    }

    /// <summary>
    /// The part of the graph every diagram draws from (<see cref="DiagramSubgraph"/>): actors and handoffs, and the
    /// relationships of the kinds diagrams draw, between them. A diagram of it is the diagram of the whole graph.
    /// </summary>
    Task<PropertyGraph> GetDiagramGraphAsync(CancellationToken cancellationToken = default);

    /// <summary>
    /// What the ingest of the served graph reported: source, version, counts, error diagnostics and audit findings
    /// (<see cref="GraphReport.None"/> when nothing was ingested). A store holding several ingests (Neo4j scopes)
    /// reports them as one.
    /// </summary>
    Task<GraphReport> GetReportAsync(CancellationToken cancellationToken = default);

    /// <summary>
    /// <see cref="GraphReport.Version"/> of what the store holds now, read cheaply: a caller that pinned a report
    /// compares it after its reads to know they all saw that version. The default reads the whole report.
    /// </summary>
    async Task<string> GetVersionAsync(CancellationToken cancellationToken = default) =>
        (await GetReportAsync(cancellationToken).ConfigureAwait(false)).Version;

    /// <summary>
    /// <see cref="GraphReport.Counts"/> of the served graph, without waiting for an audit that is still running. The
    /// default reads the whole report.
    /// </summary>
    async Task<GraphCounts> GetCountsAsync(CancellationToken cancellationToken = default) =>
        (await GetReportAsync(cancellationToken).ConfigureAwait(false)).Counts;

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

    /// <summary>
    /// The nodes with <paramref name="ids"/> in one read, by id; unknown ids are left out. Resolvers batch through this.
    /// The default asks <see cref="GetNodeAsync"/> once per id: a store with round trips should answer in one.
    /// </summary>
    async Task<IReadOnlyDictionary<string, GraphNode>> GetNodesAsync(IReadOnlyCollection<string> ids, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(ids);
        var nodes = new Dictionary<string, GraphNode>(StringComparer.Ordinal);
        foreach (var id in ids.Distinct(StringComparer.Ordinal))
        {
            if (await GetNodeAsync(id, cancellationToken).ConfigureAwait(false) is { } node)
            {
                nodes[id] = node;
            }
        }

        return nodes;
    }

    /// <summary>
    /// <see cref="GetHandoffsFromAsync(string, CancellationToken)"/> for several actors in one read, by actor id (an
    /// actor that gives nothing, or is unknown, has an empty group). The default asks once per id.
    /// </summary>
    async Task<ILookup<string, GraphNode>> GetHandoffsFromAsync(IReadOnlyCollection<string> actorIds, CancellationToken cancellationToken = default) =>
        await EachAsync(actorIds, id => GetHandoffsFromAsync(id, cancellationToken)).ConfigureAwait(false);

    /// <summary>
    /// <see cref="GetHandoffsToAsync(string, CancellationToken)"/> for several actors in one read, by actor id. The
    /// default asks once per id.
    /// </summary>
    async Task<ILookup<string, GraphNode>> GetHandoffsToAsync(IReadOnlyCollection<string> actorIds, CancellationToken cancellationToken = default) =>
        await EachAsync(actorIds, id => GetHandoffsToAsync(id, cancellationToken)).ConfigureAwait(false);

    /// <summary>
    /// <see cref="GetNeighboursAsync(string, string, RelationshipDirection, CancellationToken)"/> for several nodes in
    /// one read, by node id, each group sorted by relationship id. The default asks once per id.
    /// </summary>
    async Task<ILookup<string, GraphNeighbour>> GetNeighboursAsync(
        IReadOnlyCollection<string> nodeIds,
        string relationshipType,
        RelationshipDirection direction,
        CancellationToken cancellationToken = default) =>
        await EachAsync(nodeIds, id => GetNeighboursAsync(id, relationshipType, direction, cancellationToken)).ConfigureAwait(false);

    /// <summary>
    /// Every simple handoff path from one actor to another (node ids such as <c>role:BE</c>, found with
    /// <see cref="FindRoleAsync"/>), up to <paramref name="maxHops"/> hops (at most <see cref="QueryLimits.MaxChainHops"/>),
    /// the first <paramref name="maxPaths"/> (at most <see cref="QueryLimits.MaxChainsCounted"/>): shortest first, then by
    /// the sequence of (handoff id, receiver id) of their hops. A handoff to a group reaches each member, the group kept
    /// in the hop as <see cref="HandoffHop.ViaGroup"/>; a handoff given by a group is given by each member
    /// (<see cref="HandoffHop.FromGroup"/>). No actor appears twice in a chain, so the same actor at both ends, an
    /// unknown id, or a group with members as an end gives no chains.
    /// </summary>
    /// <exception cref="ArgumentOutOfRangeException">A limit below 1.</exception>
    Task<IReadOnlyList<HandoffChain>> FindHandoffChainsAsync(
        string fromActorId,
        string toActorId,
        int maxHops = QueryLimits.DefaultChainHops,
        int maxPaths = QueryLimits.DefaultChainPaths,
        CancellationToken cancellationToken = default);

    /// <summary>
    /// Every actor reachable from <paramref name="actorId"/> over at most <paramref name="maxHops"/> handoffs (at most
    /// <see cref="QueryLimits.MaxReachHops"/>), downstream (who receives, and on) or upstream (who gives, and back),
    /// groups expanded to their members, each with its fewest hops; sorted by hops, then id. The start is not listed.
    /// </summary>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="maxHops"/> below 1.</exception>
    Task<IReadOnlyList<ReachableActor>> FindReachableActorsAsync(
        string actorId,
        HandoffDirection direction,
        int maxHops = QueryLimits.DefaultReachHops,
        CancellationToken cancellationToken = default);

    /// <summary>
    /// Escalation rows (one per declaring role and situation) whose situation contains every word of
    /// <paramref name="situation"/>, compared normalised (case, punctuation, ё); every row when it is null or blank.
    /// Sorted by role id, then situation.
    /// </summary>
    Task<IReadOnlyList<EscalationMatch>> FindEscalationsAsync(string? situation, CancellationToken cancellationToken = default);

    /// <summary>
    /// Approval rows (one per declaring role and decision) whose decision contains every word of
    /// <paramref name="decision"/>, compared like <see cref="FindEscalationsAsync"/>; every row when it is null or blank.
    /// </summary>
    Task<IReadOnlyList<ApprovalMatch>> FindApprovalsAsync(string? decision, CancellationToken cancellationToken = default);

    /// <summary>
    /// Responsibilities, decisions, approval and escalation rows, handoffs, artifacts, skills and tools in which every
    /// word of <paramref name="text"/> starts a word (normalised); the best <paramref name="first"/> (at most
    /// <see cref="QueryLimits.MaxSearchHits"/>): the exact text, then the phrase, then all words; shorter texts first,
    /// then by kind and node id. A query without letters or digits finds nothing.
    /// </summary>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="first"/> below 1.</exception>
    Task<IReadOnlyList<SearchHit>> SearchAsync(string text, int first = QueryLimits.DefaultSearchHits, CancellationToken cancellationToken = default);

    private static async Task<ILookup<string, T>> EachAsync<T>(IReadOnlyCollection<string> ids, Func<string, Task<IReadOnlyList<T>>> read)
    {
        ArgumentNullException.ThrowIfNull(ids);
        var pairs = new List<(string Id, T Value)>();
        foreach (var id in ids.Distinct(StringComparer.Ordinal))
        {
            pairs.AddRange((await read(id).ConfigureAwait(false)).Select(value => (id, value)));
        }

        return pairs.ToLookup(p => p.Id, p => p.Value, StringComparer.Ordinal);
    }
}
