namespace TeamGraph.Core.Queries;

/// <summary>
/// A simple path of handoffs from one actor to another: each hop starts where the previous one ended, and no actor
/// appears twice.
/// </summary>
/// <param name="Hops">The hops in order; never empty.</param>
public sealed record HandoffChain(IReadOnlyList<HandoffHop> Hops)
{
    /// <summary>The number of hops.</summary>
    public int Length => Hops.Count;

    /// <summary>The actors along the chain, the first giver to the last receiver.</summary>
    public IReadOnlyList<string> ActorIds => [Hops[0].FromId, .. Hops.Select(h => h.ToId)];
}
