using GraphQL;
using GraphQL.Types;
using TeamGraph.Core.Queries;
using TeamGraph.GraphQL.Costs;

namespace TeamGraph.GraphQL.Types;

/// <summary>The handoff questions: who hands what to whom, chains and reach.</summary>
internal sealed partial class QueryType
{
    private void AddHandoffs()
    {
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<HandoffType>>>>("handoffs")
            .Description("Handoffs, sorted by id: given by `from`, received by `to` (role codes, names, aliases or node ids), with `status`. An id that names no actor is an `UNKNOWN_ACTOR` error naming the closest ones.")
            .Argument<IdGraphType>("from")
            .Argument<IdGraphType>("to")
            .Argument<HandoffStatusType>("status")
            .ResolveAsync(async c =>
            {
                var from = c.GetArgument<string?>("from");
                var to = c.GetArgument<string?>("to");
                var giver = from is null ? null : await c.RequireActorAsync(from).ConfigureAwait(false);
                var receiver = to is null ? null : await c.RequireActorAsync(to).ConfigureAwait(false);
                return await c.Reader().FindHandoffsAsync(giver?.Id, receiver?.Id, c.GetArgument<string?>("status"), c.CancellationToken).ConfigureAwait(false);
            });
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<HandoffChainType>>>>("handoffChains")
            .Description("Simple paths of handoffs from one actor to another, shortest first. An id that names no actor is an `UNKNOWN_ACTOR` error naming the closest ones.")
            .Argument<NonNullGraphType<IdGraphType>>("from")
            .Argument<NonNullGraphType<IdGraphType>>("to")
            .Argument<IntGraphType>("maxHops", a => a.DefaultValue = QueryLimits.DefaultChainHops)
            .Argument<IntGraphType>("first", a => a.DefaultValue = QueryLimits.DefaultChainPaths)
            .WithCost(QueryFieldCosts.HandoffChains)
            .ResolveAsync(async c =>
            {
                var from = await c.RequireActorAsync(c.GetArgument<string>("from")).ConfigureAwait(false);
                var to = await c.RequireActorAsync(c.GetArgument<string>("to")).ConfigureAwait(false);
                var maxHops = Positive(c, "maxHops", QueryLimits.DefaultChainHops);
                var first = Positive(c, "first", QueryLimits.DefaultChainPaths);
                return await c.Reader().FindHandoffChainsAsync(from.Id, to.Id, maxHops, first, c.CancellationToken).ConfigureAwait(false);
            });
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<ReachableActorType>>>>("reachable")
            .Description("Actors reachable over handoffs, sorted by hops, then id. An id that names no actor is an `UNKNOWN_ACTOR` error naming the closest ones.")
            .Argument<NonNullGraphType<IdGraphType>>("from")
            .Argument<DirectionType>("direction", a => a.DefaultValue = HandoffDirection.Downstream)
            .Argument<IntGraphType>("maxHops", a => a.DefaultValue = QueryLimits.DefaultReachHops)
            .WithCost(QueryFieldCosts.Reachable)
            .ResolveAsync(async c =>
            {
                var from = await c.RequireActorAsync(c.GetArgument<string>("from")).ConfigureAwait(false);
                var maxHops = Positive(c, "maxHops", QueryLimits.DefaultReachHops);
                var direction = c.GetArgument("direction", HandoffDirection.Downstream);
                return await c.Reader().FindReachableActorsAsync(from.Id, direction, maxHops, c.CancellationToken).ConfigureAwait(false);
            });
    }
}
