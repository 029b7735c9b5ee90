using GraphQL;
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

    /// <summary>Whether <paramref name="key"/> is <see cref="KeyOf"/> of <paramref name="chain"/>, read without building the key.</summary>
    public static bool HasKey(HandoffChain chain, string key)
    {
        var rest = key.AsSpan();
        for (var i = 0; i < chain.Hops.Count; i++)
        {
            var hop = chain.Hops[i];
            if ((i > 0 && !Skip(ref rest, " ")) || !Skip(ref rest, hop.HandoffId) || !Skip(ref rest, ">") || !Skip(ref rest, hop.ToId))
            {
                return false;
            }
        }

        return rest.IsEmpty;
    }

    /// <summary>Whether the selection asks for <c>totalCount</c> or <c>totalCountExact</c>, which need every chain counted.</summary>
    public static bool CountSelected(IResolveFieldContext context) =>
        context.SubFields?.Values.Any(f => f.FieldType.Name is "totalCount" or "totalCountExact") ?? true;

    private static bool Skip(ref ReadOnlySpan<char> rest, string part)
    {
        if (!rest.StartsWith(part, StringComparison.Ordinal))
        {
            return false;
        }

        rest = rest[part.Length..];
        return true;
    }
}
