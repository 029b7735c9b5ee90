using GraphQL;
using GraphQL.Types;
using GraphQL.Types.Relay;
using GraphQL.Types.Relay.DataObjects;
using TeamGraph.Core.Graph;
using TeamGraph.Core.Graph.Schema;
using TeamGraph.Core.Store;

namespace TeamGraph.GraphQL.Types;

/// <summary>The <c>roles</c> connection.</summary>
internal sealed partial class QueryType
{
    private void AddRoles() =>
        Field<NonNullGraphType<ConnectionType<RoleType, EdgeType<RoleType>>>>("roles")
            .Description("Roles sorted by id, as a Relay connection; `after` takes an edge's cursor.")
            .Argument<IntGraphType>("first")
            .Argument<StringGraphType>("after")
            .Argument<RoleFilterType>("filter")
            .ResolveAsync(async c =>
            {
                var filter = c.GetArgument<RoleFilter?>("filter");
                var roles = await c.Reader().GetRolesAsync(c.CancellationToken).ConfigureAwait(false);
                if (filter is not null)
                {
                    roles = await FilterAsync(c, roles, filter).ConfigureAwait(false);
                }

                return ConnectionPages.Page(new Connection<GraphNode>(), roles, role => role.Id, OptionalFirst(c), c.GetArgument<string?>("after"));
            });

    /// <summary>The roles meeting every condition; the skill and tool conditions read every role's skills or tools in one call.</summary>
    private static async Task<IReadOnlyList<GraphNode>> FilterAsync(IResolveFieldContext context, IReadOnlyList<GraphNode> roles, RoleFilter filter)
    {
        var matching = roles.Where(role => Matches(role, filter)).ToList();
        var ids = matching.Select(r => r.Id).ToList();
        if (filter.Skill is { } skill)
        {
            var has = await context.Reader().GetNeighboursAsync(ids, RelationshipTypes.HasSkill, RelationshipDirection.Outgoing, context.CancellationToken).ConfigureAwait(false);
            var knows = await context.Reader().GetNeighboursAsync(ids, RelationshipTypes.Knows, RelationshipDirection.Outgoing, context.CancellationToken).ConfigureAwait(false);
            matching = [.. matching.Where(r => has[r.Id].Concat(knows[r.Id]).Any(s => Contains(s.Node.DisplayName, skill)))];
        }

        if (filter.Tool is { } tool)
        {
            var tools = await context.Reader().GetNeighboursAsync(ids, RelationshipTypes.UsesTool, RelationshipDirection.Outgoing, context.CancellationToken).ConfigureAwait(false);
            matching = [.. matching.Where(r => tools[r.Id].Any(t => Contains(t.Node.DisplayName, tool)))];
        }

        return matching;
    }

    private static bool Matches(GraphNode role, RoleFilter filter) =>
        (filter.Documented is not { } documented || role.Get(RoleProperties.Documented) == documented)
        && (filter.Level is not { } level || Contains(role.Get(RoleProperties.Level), level))
        && (filter.Text is not { } text || new[] { role.Get(RoleProperties.Code), role.Get(RoleProperties.Name), role.Get(RoleProperties.Mission) }
            .Concat(role.Get(RoleProperties.Aliases)).Any(t => Contains(t, text)));

    private static bool Contains(string? text, string part) => text is not null && text.Contains(part, StringComparison.OrdinalIgnoreCase);
}
