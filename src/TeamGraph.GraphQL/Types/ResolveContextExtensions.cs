using GraphQL;
using Microsoft.Extensions.DependencyInjection;
using TeamGraph.Core.Graph;
using TeamGraph.Core.Store;
using TeamGraph.GraphQL.Batching;
using TeamGraph.GraphQL.Serving;

namespace TeamGraph.GraphQL.Types;

/// <summary>Access to the served graph from resolvers.</summary>
internal static class ResolveContextExtensions
{
    /// <summary>The error code of a request that asks for audit findings the served graph does not have.</summary>
    public const string AuditUnavailableCode = "AUDIT_UNAVAILABLE";

    /// <summary>The user-context key holding the request's <see cref="RequestBatches"/>.</summary>
    private const string BatchesKey = "teamgraph.batches";

    /// <summary>The graph this request reads: pinned in the user context when the request started, else the current one.</summary>
    public static ServedGraph Served(this IResolveFieldContext context) =>
        context.UserContext.TryGetValue(ServedGraphUserContext.Key, out var pinned) && pinned is ServedGraph served
            ? served
            : context.RequestServices!.GetRequiredService<TeamGraphState>().Current;

    public static ITeamGraphReader Reader(this IResolveFieldContext context) => context.Served().Reader;

    /// <summary>
    /// The report of the graph this request reads, findings included: waits for an audit still running, and answers
    /// one that failed or was stopped with an error saying why.
    /// </summary>
    public static async Task<GraphReport> AuditedReportAsync(this IResolveFieldContext context)
    {
        try
        {
            return await context.Reader().GetReportAsync(context.CancellationToken).ConfigureAwait(false);
        }
        catch (AuditUnavailableException exception)
        {
            throw new ExecutionError(exception.Message) { Code = AuditUnavailableCode };
        }
    }

    /// <summary>
    /// The request's batch loaders over its graph, made by the first resolver that asks. The user context lives exactly
    /// as long as the request, and is locked because resolvers run in parallel.
    /// </summary>
    public static RequestBatches Batches(this IResolveFieldContext context)
    {
        var userContext = context.UserContext;
        lock (userContext)
        {
            if (userContext.TryGetValue(BatchesKey, out var existing) && existing is RequestBatches batches)
            {
                return batches;
            }

            var created = new RequestBatches(context.Reader());
            userContext[BatchesKey] = created;
            return created;
        }
    }

    /// <summary>
    /// The nodes one relationship away from <paramref name="node"/>, with the relationships: read at once from a store in
    /// memory, else batched with the level's other reads (as are the reads below).
    /// </summary>
    public static DeferredResult<IReadOnlyList<GraphNeighbour>> Neighbours(
        this IResolveFieldContext context, GraphNode node, string type, RelationshipDirection direction = RelationshipDirection.Outgoing) =>
        context.Reader().InMemory is { } memory
            ? DeferredResult<IReadOnlyList<GraphNeighbour>>.Known(memory.GetNeighbours(node.Id, type, direction))
            : context.Batches().Neighbours(type, direction).Load(node.Id);

    /// <summary>The node with <paramref name="id"/>, which the graph guarantees exists.</summary>
    public static DeferredResult<GraphNode> Node(this IResolveFieldContext context, string id) =>
        (context.Reader().InMemory is { } memory ? DeferredResult<GraphNode?>.Known(memory.GetNode(id)) : context.Batches().Nodes.Load(id))
            .Then(node => node ?? throw new InvalidOperationException($"The graph has no node {id}."));

    /// <summary>The handoffs <paramref name="actor"/> gives, directly or through its groups.</summary>
    public static DeferredResult<IReadOnlyList<GraphNode>> HandoffsFrom(this IResolveFieldContext context, GraphNode actor) =>
        context.Reader().InMemory is { } memory
            ? DeferredResult<IReadOnlyList<GraphNode>>.Known(memory.GetHandoffsFrom(actor.Id))
            : context.Batches().HandoffsFrom.Load(actor.Id);

    /// <summary>The handoffs <paramref name="actor"/> receives, directly or through its groups.</summary>
    public static DeferredResult<IReadOnlyList<GraphNode>> HandoffsTo(this IResolveFieldContext context, GraphNode actor) =>
        context.Reader().InMemory is { } memory
            ? DeferredResult<IReadOnlyList<GraphNode>>.Known(memory.GetHandoffsTo(actor.Id))
            : context.Batches().HandoffsTo.Load(actor.Id);

    /// <summary>An actor named by node id (<c>role:BE</c>) or by role code, name or alias (<c>BE</c>).</summary>
    public static async Task<GraphNode?> FindActorAsync(this IResolveFieldContext context, string id)
    {
        var reader = context.Reader();
        return await reader.GetNodeAsync(id, context.CancellationToken).ConfigureAwait(false)
            ?? await reader.FindRoleAsync(id, context.CancellationToken).ConfigureAwait(false);
    }

    /// <summary>A role named by code, name or alias (case-insensitive) or by its node id, or <see langword="null"/>.</summary>
    public static async Task<GraphNode?> FindRoleAsync(this IResolveFieldContext context, string id)
    {
        var reader = context.Reader();
        return await reader.FindRoleAsync(id, context.CancellationToken).ConfigureAwait(false)
            ?? (await reader.GetNodeAsync(id, context.CancellationToken).ConfigureAwait(false) is { Label: NodeLabels.Role } node ? node : null);
    }

    /// <summary>The actor <paramref name="id"/> names (as <see cref="FindActorAsync"/>), or an <see cref="UnknownActorError"/>.</summary>
    public static async Task<GraphNode> RequireActorAsync(this IResolveFieldContext context, string id) =>
        await context.FindActorAsync(id).ConfigureAwait(false) is { Label: NodeLabels.Role or NodeLabels.Group or NodeLabels.ExternalActor } actor
            ? actor
            : throw new UnknownActorError(id, roleOnly: false, await ClosestAsync(context, id, [NodeLabels.Role, NodeLabels.Group, NodeLabels.ExternalActor]).ConfigureAwait(false));

    /// <summary>The role <paramref name="id"/> names (as <see cref="FindRoleAsync"/>), or an <see cref="UnknownActorError"/> naming the closest roles.</summary>
    public static async Task<GraphNode> RequireRoleAsync(this IResolveFieldContext context, string id) =>
        await context.FindRoleAsync(id).ConfigureAwait(false)
            ?? throw new UnknownActorError(id, roleOnly: true, await ClosestAsync(context, id, [NodeLabels.Role]).ConfigureAwait(false));

    private static async Task<IReadOnlyList<GraphNode>> ClosestAsync(IResolveFieldContext context, string id, string[] labels)
    {
        var actors = new List<GraphNode>();
        foreach (var label in labels)
        {
            actors.AddRange(await context.Reader().GetNodesLabelledAsync(label, context.CancellationToken).ConfigureAwait(false));
        }

        return ActorSuggestions.Closest(actors, id);
    }
}
