using GraphQL;
using GraphQL.Types;

namespace TeamGraph.GraphQL.Types;

/// <summary>The root query: roles, handoffs and the questions asked of them.</summary>
internal sealed partial class QueryType : ObjectGraphType
{
    public QueryType()
    {
        Name = "Query";
        Field<RoleType>("role").Description("The role with this code, name or alias (case-insensitive), or its node id; null with an `UNKNOWN_ACTOR` error naming the closest roles when there is none.")
            .Argument<NonNullGraphType<IdGraphType>>("id")
            .ResolveAsync(async c => await c.RequireRoleAsync(c.GetArgument<string>("id")).ConfigureAwait(false));
        Field<ActorInterface>("actor").Description("The role, group or outside party with this node id, or the role with this code, name or alias; null with an `UNKNOWN_ACTOR` error naming the closest actors when there is none.")
            .Argument<NonNullGraphType<IdGraphType>>("id")
            .ResolveAsync(async c => await c.RequireActorAsync(c.GetArgument<string>("id")).ConfigureAwait(false));
        AddRoles();
        AddHandoffs();
        AddTeam();
        AddReloadStatus();
        AddDiagram();
    }

    /// <summary>The <c>first</c> argument of a connection: null (all) when absent, at least 1 otherwise.</summary>
    private static int? OptionalFirst(IResolveFieldContext context) =>
        context.GetArgument<int?>("first") is { } first ? Positive(context, "first", first) : null;

    /// <summary>A positive limit, or a GraphQL error naming the argument.</summary>
    private static int Positive(IResolveFieldContext context, string name, int fallback)
    {
        var value = context.GetArgument(name, fallback);
        return value >= 1 ? value : throw new ExecutionError($"'{name}' must be at least 1; it was {value}.");
    }
}
