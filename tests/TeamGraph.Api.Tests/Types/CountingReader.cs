using System.Collections.Concurrent;
using TeamGraph.Core.Graph;
using TeamGraph.Core.Queries;
using TeamGraph.Core.Store;

namespace TeamGraph.Api.Tests.Types;

/// <summary>
/// A reader that passes every call on to <paramref name="inner"/> and records it, batched reads with their relationship
/// type. It offers <paramref name="inner"/>'s reads at once (not recorded) only when <paramref name="inMemory"/> says so;
/// otherwise resolvers batch, as they do over a remote store.
/// </summary>
internal sealed class CountingReader(ITeamGraphReader inner, bool inMemory = false) : ITeamGraphReader
{
    private readonly ConcurrentQueue<string> _calls = new();

    /// <summary>The calls so far, in order, such as <c>GetRoles</c> or <c>GetNeighbours[HAS_SKILL]*</c> (<c>*</c>: batched).</summary>
    public IReadOnlyList<string> Calls => [.. _calls];

    public void Clear() => _calls.Clear();

    public Task<GraphNode?> FindRoleAsync(string codeNameOrAlias, CancellationToken cancellationToken = default) =>
        Record("FindRole", inner.FindRoleAsync(codeNameOrAlias, cancellationToken));

    public Task<IReadOnlyList<GraphNode>> GetRolesAsync(CancellationToken cancellationToken = default) => Record("GetRoles", inner.GetRolesAsync(cancellationToken));

    public Task<GraphNode?> GetNodeAsync(string id, CancellationToken cancellationToken = default) => Record("GetNode", inner.GetNodeAsync(id, cancellationToken));

    public IInMemoryGraphReader? InMemory => inMemory ? inner.InMemory : null;

    public Task<IReadOnlyList<GraphNode>> GetNodesLabelledAsync(string label, CancellationToken cancellationToken = default) =>
        Record($"GetNodesLabelled[{label}]", inner.GetNodesLabelledAsync(label, cancellationToken));

    public Task<IReadOnlyList<GraphNode>> FindHandoffsAsync(string? giverId, string? receiverId, string? status, CancellationToken cancellationToken = default) =>
        Record("FindHandoffs", inner.FindHandoffsAsync(giverId, receiverId, status, cancellationToken));

    public Task<GraphReport> GetReportAsync(CancellationToken cancellationToken = default) => Record("GetReport", inner.GetReportAsync(cancellationToken));

    /// <summary>Not recorded: the endpoint's check, after every query, that the version it served is still the store's; no resolver reads it.</summary>
    public Task<string> GetVersionAsync(CancellationToken cancellationToken = default) => inner.GetVersionAsync(cancellationToken);

    public Task<PropertyGraph> GetDiagramGraphAsync(CancellationToken cancellationToken = default) => Record("GetDiagramGraph", inner.GetDiagramGraphAsync(cancellationToken));

    public Task<IReadOnlyDictionary<string, GraphNode>> GetNodesAsync(IReadOnlyCollection<string> ids, CancellationToken cancellationToken = default) =>
        Record("GetNodes*", inner.GetNodesAsync(ids, cancellationToken));

    public Task<IReadOnlyList<GraphNode>> GetHandoffsFromAsync(string actorId, CancellationToken cancellationToken = default) =>
        Record("GetHandoffsFrom", inner.GetHandoffsFromAsync(actorId, cancellationToken));

    public Task<ILookup<string, GraphNode>> GetHandoffsFromAsync(IReadOnlyCollection<string> actorIds, CancellationToken cancellationToken = default) =>
        Record("GetHandoffsFrom*", inner.GetHandoffsFromAsync(actorIds, cancellationToken));

    public Task<IReadOnlyList<GraphNode>> GetHandoffsToAsync(string actorId, CancellationToken cancellationToken = default) =>
        Record("GetHandoffsTo", inner.GetHandoffsToAsync(actorId, cancellationToken));

    public Task<ILookup<string, GraphNode>> GetHandoffsToAsync(IReadOnlyCollection<string> actorIds, CancellationToken cancellationToken = default) =>
        Record("GetHandoffsTo*", inner.GetHandoffsToAsync(actorIds, cancellationToken));

    public Task<IReadOnlyList<GraphNeighbour>> GetNeighboursAsync(string nodeId, string relationshipType, RelationshipDirection direction, CancellationToken cancellationToken = default) =>
        Record($"GetNeighbours[{relationshipType}]", inner.GetNeighboursAsync(nodeId, relationshipType, direction, cancellationToken));

    public Task<ILookup<string, GraphNeighbour>> GetNeighboursAsync(
        IReadOnlyCollection<string> nodeIds, string relationshipType, RelationshipDirection direction, CancellationToken cancellationToken = default) =>
        Record($"GetNeighbours[{relationshipType}]*", inner.GetNeighboursAsync(nodeIds, relationshipType, direction, cancellationToken));

    public Task<IReadOnlyList<HandoffChain>> FindHandoffChainsAsync(
        string fromActorId, string toActorId, int maxHops = QueryLimits.DefaultChainHops, int maxPaths = QueryLimits.DefaultChainPaths, CancellationToken cancellationToken = default) =>
        Record("FindHandoffChains", inner.FindHandoffChainsAsync(fromActorId, toActorId, maxHops, maxPaths, cancellationToken));

    public Task<IReadOnlyList<ReachableActor>> FindReachableActorsAsync(
        string actorId, HandoffDirection direction, int maxHops = QueryLimits.DefaultReachHops, CancellationToken cancellationToken = default) =>
        Record("FindReachableActors", inner.FindReachableActorsAsync(actorId, direction, maxHops, cancellationToken));

    public Task<IReadOnlyList<EscalationMatch>> FindEscalationsAsync(string? situation, CancellationToken cancellationToken = default) =>
        Record("FindEscalations", inner.FindEscalationsAsync(situation, cancellationToken));

    public Task<IReadOnlyList<ApprovalMatch>> FindApprovalsAsync(string? decision, CancellationToken cancellationToken = default) =>
        Record("FindApprovals", inner.FindApprovalsAsync(decision, cancellationToken));

    public Task<IReadOnlyList<SearchHit>> SearchAsync(string text, int first = QueryLimits.DefaultSearchHits, CancellationToken cancellationToken = default) =>
        Record("Search", inner.SearchAsync(text, first, cancellationToken));

    private T Record<T>(string call, T result)
    {
        _calls.Enqueue(call);
        return result;
    }
}
