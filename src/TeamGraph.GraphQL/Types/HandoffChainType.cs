using GraphQL.Types;
using TeamGraph.Core.Queries;

namespace TeamGraph.GraphQL.Types;

/// <summary>A path of handoffs from one actor to another.</summary>
internal sealed class HandoffChainType : ObjectGraphType<HandoffChain>
{
    public HandoffChainType()
    {
        Name = "HandoffChain";
        Description = "A path of handoffs from one actor to another; no actor appears twice.";
        Field<NonNullGraphType<IntGraphType>>("length").Resolve(c => c.Source.Length);
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<HandoffHopType>>>>("hops").Resolve(c => c.Source.Hops);
    }
}
