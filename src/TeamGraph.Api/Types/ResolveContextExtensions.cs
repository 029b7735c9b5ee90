using GraphQL;
using TeamGraph.Core.Graph;
using TeamGraph.Core.Store;

namespace TeamGraph.Api.Types;

/// <summary>Access to the store from resolvers.</summary>
internal static class ResolveContextExtensions
{
    public static ITeamGraphReader Reader(this IResolveFieldContext context) =>
        context.RequestServices!.GetRequiredService<ITeamGraphReader>();

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
