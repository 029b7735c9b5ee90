using GraphQL.Types;
using GraphQL.Types.Relay;
using TeamGraph.Core.Queries;

namespace TeamGraph.GraphQL.Types;

/// <summary>The <c>handoffChains</c> connection: Relay's fields and whether <c>totalCount</c> is exact.</summary>
internal sealed class HandoffChainConnectionType : ConnectionType<HandoffChainType, EdgeType<HandoffChainType>>
{
    public HandoffChainConnectionType()
    {
        Name = "HandoffChainConnection";
        Description = $"Chains between two actors, a page at a time. They are counted up to {QueryLimits.MaxChainsCounted}.";
        Field<NonNullGraphType<BooleanGraphType>>("totalCountExact")
            .Description($"False when counting stopped at {QueryLimits.MaxChainsCounted} chains: `totalCount` is then a lower bound.")
            .Resolve(c => ((HandoffChainConnection)c.Source!).TotalCountExact);
    }
}
