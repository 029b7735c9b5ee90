using TeamGraph.Core.Graph;
using TeamGraph.Core.Queries;
using TeamGraph.Core.Store;

namespace TeamGraph.Api.Tests.Serving;

/// <summary>
/// Reads <paramref name="inner"/>, but the first <see cref="FindRoleAsync"/> waits for <see cref="Release"/>, and every
/// version read first runs <see cref="BeforeVersionRead"/> (where a test lands an ingest).
/// </summary>
internal sealed class BlockingTeamGraphReader(ITeamGraphReader inner) : ITeamGraphReader
{
    private readonly TaskCompletionSource _entered = new(TaskCreationOptions.RunContinuationsAsynchronously);
    private readonly TaskCompletionSource _released = new(TaskCreationOptions.RunContinuationsAsynchronously);

    /// <summary>Completes when a resolver is waiting inside <see cref="FindRoleAsync"/>.</summary>
    public Task Entered => _entered.Task;

    public void Release() => _released.TrySetResult();

    public Action? BeforeVersionRead { get; set; }

    public Task<string> GetVersionAsync(CancellationToken cancellationToken = default)
    {
        BeforeVersionRead?.Invoke();
        return inner.GetVersionAsync(cancellationToken);
    }

    public async Task<GraphNode?> FindRoleAsync(string codeNameOrAlias, CancellationToken cancellationToken = default)
    {
        _entered.TrySetResult();
        await _released.Task.WaitAsync(cancellationToken);
        return await inner.FindRoleAsync(codeNameOrAlias, cancellationToken);
    }

    public Task<IReadOnlyList<GraphNode>> GetRolesAsync(CancellationToken cancellationToken = default) => inner.GetRolesAsync(cancellationToken);

    public Task<GraphNode?> GetNodeAsync(string id, CancellationToken cancellationToken = default) => inner.GetNodeAsync(id, cancellationToken);

    public Task<IReadOnlyList<GraphNode>> GetNodesLabelledAsync(string label, CancellationToken cancellationToken = default) => inner.GetNodesLabelledAsync(label, cancellationToken);

    public Task<IReadOnlyList<GraphNode>> FindHandoffsAsync(string? giverId, string? receiverId, string? status, CancellationToken cancellationToken = default) =>
        inner.FindHandoffsAsync(giverId, receiverId, status, cancellationToken);

    public Task<GraphReport> GetReportAsync(CancellationToken cancellationToken = default) => inner.GetReportAsync(cancellationToken);

    public Task<PropertyGraph> GetDiagramGraphAsync(CancellationToken cancellationToken = default) => inner.GetDiagramGraphAsync(cancellationToken);

    public Task<IReadOnlyList<GraphNode>> GetHandoffsFromAsync(string actorId, CancellationToken cancellationToken = default) =>
        inner.GetHandoffsFromAsync(actorId, cancellationToken);

    public Task<IReadOnlyList<GraphNode>> GetHandoffsToAsync(string actorId, CancellationToken cancellationToken = default) =>
        inner.GetHandoffsToAsync(actorId, cancellationToken);

    public Task<IReadOnlyList<GraphNeighbour>> GetNeighboursAsync(
        string nodeId, string relationshipType, RelationshipDirection direction, CancellationToken cancellationToken = default) =>
        inner.GetNeighboursAsync(nodeId, relationshipType, direction, cancellationToken);

    public Task<IReadOnlyList<HandoffChain>> FindHandoffChainsAsync(
        string fromActorId, string toActorId, int maxHops = QueryLimits.DefaultChainHops, int maxPaths = QueryLimits.DefaultChainPaths,
        CancellationToken cancellationToken = default) =>
        inner.FindHandoffChainsAsync(fromActorId, toActorId, maxHops, maxPaths, cancellationToken);

    public Task<IReadOnlyList<ReachableActor>> FindReachableActorsAsync(
        string actorId, HandoffDirection direction, int maxHops = QueryLimits.DefaultReachHops, CancellationToken cancellationToken = default) =>
        inner.FindReachableActorsAsync(actorId, direction, maxHops, cancellationToken);

    public Task<IReadOnlyList<EscalationMatch>> FindEscalationsAsync(string? situation, CancellationToken cancellationToken = default) =>
        inner.FindEscalationsAsync(situation, cancellationToken);

    public Task<IReadOnlyList<ApprovalMatch>> FindApprovalsAsync(string? decision, CancellationToken cancellationToken = default) =>
        inner.FindApprovalsAsync(decision, cancellationToken);

    public Task<IReadOnlyList<SearchHit>> SearchAsync(string text, int first = QueryLimits.DefaultSearchHits, CancellationToken cancellationToken = default) =>
        inner.SearchAsync(text, first, cancellationToken);
}
