using GraphQL;
using GraphQL.Types;
using GraphQL.Types.Relay;
using GraphQL.Types.Relay.DataObjects;
using TeamGraph.Core.Graph;
using TeamGraph.Core.Queries;
using TeamGraph.GraphQL.Costs;

namespace TeamGraph.GraphQL.Types;

/// <summary>The handoff questions: who hands what to whom, chains and reach.</summary>
internal sealed partial class QueryType
{
    private void AddHandoffs()
    {
        Field<NonNullGraphType<ConnectionType<HandoffType, EdgeType<HandoffType>>>>("handoffs")
            .Description("Handoffs sorted by id, as a Relay connection: given by `from`, received by `to` (role codes, names, aliases or node ids), with `status`; all of them when `first` is absent, and `after` takes an edge's cursor. An id that names no actor is an `UNKNOWN_ACTOR` error naming the closest ones.")
            .Argument<IdGraphType>("from")
            .Argument<IdGraphType>("to")
            .Argument<HandoffStatusType>("status")
            .Argument<IntGraphType>("first")
            .Argument<StringGraphType>("after")
            .ResolveAsync(async c =>
            {
                var from = c.GetArgument<string?>("from");
                var to = c.GetArgument<string?>("to");
                var giver = from is null ? null : await c.RequireActorAsync(from).ConfigureAwait(false);
                var receiver = to is null ? null : await c.RequireActorAsync(to).ConfigureAwait(false);
                var handoffs = await c.Reader().FindHandoffsAsync(giver?.Id, receiver?.Id, c.GetArgument<string?>("status"), c.CancellationToken).ConfigureAwait(false);
                return ConnectionPages.Page(new Connection<GraphNode>(), handoffs, handoff => handoff.Id, OptionalFirst(c), c.GetArgument<string?>("after"));
            });
        Field<NonNullGraphType<HandoffChainConnectionType>>("handoffChains")
            .Description($"Simple paths of handoffs from one actor to another, shortest first, as a Relay connection: `first` chains (at most {QueryLimits.MaxChainPaths}) after the cursor `after`, and how many there are. An id that names no actor is an `UNKNOWN_ACTOR` error naming the closest ones.")
            .Argument<NonNullGraphType<IdGraphType>>("from")
            .Argument<NonNullGraphType<IdGraphType>>("to")
            .Argument<IntGraphType>("maxHops", a => a.DefaultValue = QueryLimits.DefaultChainHops)
            .Argument<IntGraphType>("first", a =>
            {
                a.DefaultValue = QueryLimits.DefaultChainPaths;
                // Clamped as it is read, so the complexity rule charges the page the resolver serves, not the one asked for.
                a.ParseValue(value => value is int first && first > QueryLimits.MaxChainPaths ? QueryLimits.MaxChainPaths : value);
            })
            .Argument<StringGraphType>("after")
            .WithCost(QueryFieldCosts.HandoffChains)
            .ResolveAsync(async c =>
            {
                var from = await c.RequireActorAsync(c.GetArgument<string>("from")).ConfigureAwait(false);
                var to = await c.RequireActorAsync(c.GetArgument<string>("to")).ConfigureAwait(false);
                var maxHops = Positive(c, "maxHops", QueryLimits.DefaultChainHops);
                var first = Math.Min(Positive(c, "first", QueryLimits.DefaultChainPaths), QueryLimits.MaxChainPaths);
                var after = c.GetArgument<string?>("after");
                // Counting enumerates up to MaxChainsCounted chains; a page alone needs one more than it shows.
                var wanted = after is not null || HandoffChainConnection.CountSelected(c) ? QueryLimits.MaxChainsCounted : first + 1;
                var chains = await c.Reader().FindHandoffChainsAsync(from.Id, to.Id, maxHops, wanted, c.CancellationToken).ConfigureAwait(false);
                var connection = new HandoffChainConnection { TotalCountExact = chains.Count < QueryLimits.MaxChainsCounted };
                return ConnectionPages.Page(connection, chains, HandoffChainConnection.HasKey, HandoffChainConnection.KeyOf, first, after);
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
