using TeamGraph.Core.Graph;
using TeamGraph.Core.Queries;
using TeamGraph.Core.Store;

namespace TeamGraph.Core.Tests.Store;

/// <summary>
/// A reader that implements only the single-id reads, as a store written before the batched reads would: its batched
/// reads are the interface's defaults.
/// </summary>
internal sealed class SingleReadsOnly(ITeamGraphReader inner) : ITeamGraphReader
{
    public Task<GraphNode?> FindRoleAsync(string codeNameOrAlias, CancellationToken cancellationToken = default) => inner.FindRoleAsync(codeNameOrAlias, cancellationToken);

    public Task<IReadOnlyList<GraphNode>> GetRolesAsync(CancellationToken cancellationToken = default) => inner.GetRolesAsync(cancellationToken);

    public Task<GraphNode?> GetNodeAsync(string id, CancellationToken cancellationToken = default) => inner.GetNodeAsync(id, cancellationToken);

    public Task<IReadOnlyList<GraphNode>> GetNodesLabelledAsync(string label, CancellationToken cancellationToken = default) => inner.GetNodesLabelledAsync(label, cancellationToken);

    public Task<IReadOnlyList<GraphNode>> FindHandoffsAsync(string? giverId, string? receiverId, string? status, CancellationToken cancellationToken = default) =>
        inner.FindHandoffsAsync(giverId, receiverId, status, cancellationToken);

    public Task<GraphReport> GetReportAsync(CancellationToken cancellationToken = default) => inner.GetReportAsync(cancellationToken);

    public Task<PropertyGraph> GetDiagramGraphAsync(CancellationToken cancellationToken = default) => inner.GetDiagramGraphAsync(cancellationToken);

    public Task<IReadOnlyList<GraphNode>> GetHandoffsFromAsync(string actorId, CancellationToken cancellationToken = default) => inner.GetHandoffsFromAsync(actorId, cancellationToken);

    public Task<IReadOnlyList<GraphNode>> GetHandoffsToAsync(string actorId, CancellationToken cancellationToken = default) => inner.GetHandoffsToAsync(actorId, cancellationToken);

    public Task<IReadOnlyList<GraphNeighbour>> GetNeighboursAsync(string nodeId, string relationshipType, RelationshipDirection direction, CancellationToken cancellationToken = default) =>
        inner.GetNeighboursAsync(nodeId, relationshipType, direction, cancellationToken);

    public Task<IReadOnlyList<HandoffChain>> FindHandoffChainsAsync(string fromActorId, string toActorId, int maxHops = QueryLimits.DefaultChainHops, int maxPaths = QueryLimits.DefaultChainPaths, CancellationToken cancellationToken = default) =>
        inner.FindHandoffChainsAsync(fromActorId, toActorId, maxHops, maxPaths, cancellationToken);

    public Task<IReadOnlyList<ReachableActor>> FindReachableActorsAsync(string actorId, HandoffDirection direction, int maxHops = QueryLimits.DefaultReachHops, CancellationToken cancellationToken = default) =>
        inner.FindReachableActorsAsync(actorId, direction, maxHops, cancellationToken);

    public Task<IReadOnlyList<EscalationMatch>> FindEscalationsAsync(string? situation, CancellationToken cancellationToken = default) => inner.FindEscalationsAsync(situation, cancellationToken);

    public Task<IReadOnlyList<ApprovalMatch>> FindApprovalsAsync(string? decision, CancellationToken cancellationToken = default) => inner.FindApprovalsAsync(decision, cancellationToken);

    public Task<IReadOnlyList<SearchHit>> SearchAsync(string text, int first = QueryLimits.DefaultSearchHits, CancellationToken cancellationToken = default) => inner.SearchAsync(text, first, cancellationToken);
}
