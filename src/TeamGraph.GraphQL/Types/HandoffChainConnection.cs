using GraphQL.Types.Relay.DataObjects;
using TeamGraph.Core.Queries;

namespace TeamGraph.GraphQL.Types;

/// <summary>A page of the chains between two actors, and whether they were all counted.</summary>
internal sealed class HandoffChainConnection : Connection<HandoffChain>
{
    /// <summary>False when counting stopped at <see cref="QueryLimits.MaxChainsCounted"/>: there are at least that many.</summary>
    public bool TotalCountExact { get; init; }

    /// <summary>A chain's cursor key: the handoff and the receiver of each hop, which no other chain shares.</summary>
    public static string KeyOf(HandoffChain chain) => string.Join(' ', chain.Hops.Select(hop => $"{hop.HandoffId}>{hop.ToId}"));
}
