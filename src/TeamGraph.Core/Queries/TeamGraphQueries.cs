using TeamGraph.Core.Graph;

namespace TeamGraph.Core.Queries;

/// <summary>
/// The query algorithms over one immutable graph: handoff chains, reachability, escalations, approvals and search.
/// Each index (the expanded actor graph, the authority rows, the inverted search index) is built on first use and
/// then shared by every query, so build one per graph and keep it with the graph. Thread-safe; results are
/// deterministic for a given graph.
/// </summary>
public sealed class TeamGraphQueries
{
    private readonly Lazy<HandoffNetwork> _network;
    private readonly Lazy<AuthorityRows> _authority;
    private readonly Lazy<SearchIndex> _search;

    /// <summary>Prepares queries over <paramref name="graph"/>; nothing is indexed until a query needs it.</summary>
    public TeamGraphQueries(PropertyGraph graph)
    {
        ArgumentNullException.ThrowIfNull(graph);
        _network = new Lazy<HandoffNetwork>(() => new HandoffNetwork(graph));
        _authority = new Lazy<AuthorityRows>(() => new AuthorityRows(graph));
        _search = new Lazy<SearchIndex>(() => new SearchIndex(graph, _authority.Value));
    }

    /// <summary>
    /// Simple handoff paths from <paramref name="fromActorId"/> to <paramref name="toActorId"/> of at most
    /// <paramref name="maxHops"/> hops (capped at <see cref="QueryLimits.MaxChainHops"/>), the first
    /// <paramref name="maxPaths"/> (capped at <see cref="QueryLimits.MaxChainsCounted"/>) shortest first, then by their
    /// handoff and receiver ids. Groups are walked through their members; unknown ids, a group with members as an end,
    /// or the same actor at both ends give no chains.
    /// </summary>
    /// <exception cref="ArgumentOutOfRangeException">A limit below 1.</exception>
    public IReadOnlyList<HandoffChain> FindHandoffChains(
        string fromActorId,
        string toActorId,
        int maxHops = QueryLimits.DefaultChainHops,
        int maxPaths = QueryLimits.DefaultChainPaths,
        CancellationToken cancellationToken = default)
    {
        var hops = QueryLimits.Clamp(maxHops, QueryLimits.MaxChainHops, nameof(maxHops));
        var paths = QueryLimits.Clamp(maxPaths, QueryLimits.MaxChainsCounted, nameof(maxPaths));
        return HandoffChainFinder.Find(_network.Value, fromActorId, toActorId, hops, paths, cancellationToken);
    }

    /// <summary>
    /// Every actor within <paramref name="maxHops"/> handoffs (capped at <see cref="QueryLimits.MaxReachHops"/>)
    /// of <paramref name="actorId"/> in <paramref name="direction"/>, with its fewest hops, sorted by hops then id.
    /// </summary>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="maxHops"/> below 1.</exception>
    public IReadOnlyList<ReachableActor> FindReachableActors(
        string actorId,
        HandoffDirection direction,
        int maxHops = QueryLimits.DefaultReachHops,
        CancellationToken cancellationToken = default)
    {
        var hops = QueryLimits.Clamp(maxHops, QueryLimits.MaxReachHops, nameof(maxHops));
        return HandoffReachability.Find(_network.Value, actorId, direction, hops, cancellationToken);
    }

    /// <summary>Escalation rows whose situation contains every word of <paramref name="situation"/>; all rows for null or blank.</summary>
    public IReadOnlyList<EscalationMatch> FindEscalations(string? situation) =>
        [.. AuthorityRows.Matching(_authority.Value.Escalations, situation)
            .Select(r => new EscalationMatch(r.RoleId, r.Text, r.Note, r.Contacts, r.Source))];

    /// <summary>Approval rows whose decision contains every word of <paramref name="decision"/>; all rows for null or blank.</summary>
    public IReadOnlyList<ApprovalMatch> FindApprovals(string? decision) =>
        [.. AuthorityRows.Matching(_authority.Value.Approvals, decision)
            .Select(r => new ApprovalMatch(r.RoleId, r.Text, r.Note, r.Contacts, r.Source))];

    /// <summary>
    /// The best <paramref name="first"/> (capped at <see cref="QueryLimits.MaxSearchHits"/>) texts in which every
    /// word of <paramref name="text"/> starts a word: exact texts, then phrases, then the rest; shorter texts first.
    /// </summary>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="first"/> below 1.</exception>
    public IReadOnlyList<SearchHit> Search(string text, int first = QueryLimits.DefaultSearchHits) =>
        _search.Value.Search(text, QueryLimits.Clamp(first, QueryLimits.MaxSearchHits, nameof(first)));
}
