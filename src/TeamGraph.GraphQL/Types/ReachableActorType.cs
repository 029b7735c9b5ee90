using GraphQL.Types;
using TeamGraph.Core.Queries;

namespace TeamGraph.GraphQL.Types;

/// <summary>An actor reached over handoffs, with its fewest hops.</summary>
internal sealed class ReachableActorType : ObjectGraphType<ReachableActor>
{
    public ReachableActorType()
    {
        Name = "ReachableActor";
        Description = "An actor reached over handoffs, at its fewest hops from the start.";
        Field<NonNullGraphType<ActorInterface>>("actor").ResolveRead(c => c.Node(c.Source.Id));
        Field<NonNullGraphType<IntGraphType>>("hops").Resolve(c => c.Source.Hops);
    }
}
