namespace TeamGraph.Core.Queries;

/// <summary>An actor reached over handoffs, at its smallest number of hops from the start.</summary>
/// <param name="Id">The actor's node id (<c>role:BE</c>, <c>external:monitoring</c>).</param>
/// <param name="Label">The node label: <c>Role</c>, <c>ExternalActor</c>, or <c>Group</c> for a group without members.</param>
/// <param name="Name">The actor's name, or its code when it has none.</param>
/// <param name="Hops">The fewest handoffs between the start and this actor (1 or more).</param>
public sealed record ReachableActor(string Id, string Label, string Name, int Hops);
