using TeamGraph.Core.Queries;

namespace TeamGraph.Neo4j.Reader;

/// <summary>
/// Chains, reachability, escalations, approvals and search: the part of the graph read (for chains and reachability,
/// the handoffs within the hop limit), then Core's queries.
/// </summary>
public sealed partial class Neo4jGraphReader
{
    /// <inheritdoc />
    public async Task<IReadOnlyList<HandoffChain>> FindHandoffChainsAsync(
        string fromActorId,
        string toActorId,
        int maxHops = QueryLimits.DefaultChainHops,
        int maxPaths = QueryLimits.DefaultChainPaths,
        CancellationToken cancellationToken = default)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(maxHops, 1);
        ArgumentOutOfRangeException.ThrowIfLessThan(maxPaths, 1);
        ArgumentNullException.ThrowIfNull(fromActorId);
        ArgumentNullException.ThrowIfNull(toActorId);
        if (fromActorId == toActorId)
        {
            return [];
        }

        var hops = Math.Min(maxHops, QueryLimits.MaxChainHops);
        var queries = await WalkAsync(fromActorId, HandoffDirection.Downstream, hops, cancellationToken).ConfigureAwait(false);
        return queries.FindHandoffChains(fromActorId, toActorId, maxHops, maxPaths, cancellationToken);
    }

    /// <inheritdoc />
    public async Task<IReadOnlyList<ReachableActor>> FindReachableActorsAsync(
        string actorId,
        HandoffDirection direction,
        int maxHops = QueryLimits.DefaultReachHops,
        CancellationToken cancellationToken = default)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(maxHops, 1);
        ArgumentNullException.ThrowIfNull(actorId);
        var hops = Math.Min(maxHops, QueryLimits.MaxReachHops);
        var queries = await WalkAsync(actorId, direction, hops, cancellationToken).ConfigureAwait(false);
        return queries.FindReachableActors(actorId, direction, maxHops, cancellationToken);
    }

    /// <inheritdoc />
    public async Task<IReadOnlyList<EscalationMatch>> FindEscalationsAsync(string? situation, CancellationToken cancellationToken = default) =>
        (await QueriesAsync(ReadSubgraph.Authority, cancellationToken).ConfigureAwait(false)).FindEscalations(situation);

    /// <inheritdoc />
    public async Task<IReadOnlyList<ApprovalMatch>> FindApprovalsAsync(string? decision, CancellationToken cancellationToken = default) =>
        (await QueriesAsync(ReadSubgraph.Authority, cancellationToken).ConfigureAwait(false)).FindApprovals(decision);

    /// <inheritdoc />
    public async Task<IReadOnlyList<SearchHit>> SearchAsync(string text, int first = QueryLimits.DefaultSearchHits, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(text);
        ArgumentOutOfRangeException.ThrowIfLessThan(first, 1);
        return (await QueriesAsync(ReadSubgraph.Search, cancellationToken).ConfigureAwait(false)).Search(text, first);
    }

    private async Task<TeamGraphQueries> QueriesAsync(ReadSubgraph subgraph, CancellationToken cancellationToken)
    {
        var rows = await RunAsync(GraphReadStatements.Subgraph(subgraph), null, cancellationToken).ConfigureAwait(false);
        return new TeamGraphQueries(rows.Graph());
    }
}
