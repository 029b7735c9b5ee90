using GraphQL;
using Microsoft.Extensions.DependencyInjection;
using TeamGraph.Core.Graph;
using TeamGraph.Core.Store;
using TeamGraph.GraphQL.Serving;

namespace TeamGraph.GraphQL.Types;

/// <summary>Access to the served graph from resolvers.</summary>
internal static class ResolveContextExtensions
{
    /// <summary>The graph this request reads: pinned in the user context when the request started, else the current one.</summary>
    public static ServedGraph Served(this IResolveFieldContext context) =>
        context.UserContext.TryGetValue(ServedGraphUserContext.Key, out var pinned) && pinned is ServedGraph served
            ? served
            : context.RequestServices!.GetRequiredService<TeamGraphState>().Current;

    public static ITeamGraphReader Reader(this IResolveFieldContext context) => context.Served().Reader;

    /// <summary>The nodes one relationship away from <paramref name="node"/>, with the relationships.</summary>
    public static Task<IReadOnlyList<GraphNeighbour>> NeighboursAsync(
        this IResolveFieldContext context, GraphNode node, string type, RelationshipDirection direction = RelationshipDirection.Outgoing) =>
        context.Reader().GetNeighboursAsync(node.Id, type, direction, context.CancellationToken);

    /// <summary>An actor named by node id (<c>role:BE</c>) or by role code, name or alias (<c>BE</c>).</summary>
    public static async Task<GraphNode?> FindActorAsync(this IResolveFieldContext context, string id)
    {
        var reader = context.Reader();
        return await reader.GetNodeAsync(id, context.CancellationToken).ConfigureAwait(false)
            ?? await reader.FindRoleAsync(id, context.CancellationToken).ConfigureAwait(false);
    }

    /// <summary>The node with <paramref name="id"/>, which the graph guarantees exists.</summary>
    public static async Task<GraphNode> NodeAsync(this IResolveFieldContext context, string id) =>
        await context.Reader().GetNodeAsync(id, context.CancellationToken).ConfigureAwait(false)
        ?? throw new InvalidOperationException($"The graph has no node {id}.");
}
