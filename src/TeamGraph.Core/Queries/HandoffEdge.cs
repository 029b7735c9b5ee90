namespace TeamGraph.Core.Queries;

/// <summary>
/// One step of the actor graph, by index into <see cref="HandoffNetwork"/>: <see cref="From"/> hands handoff
/// <see cref="Handoff"/> to <see cref="To"/>; <see cref="FromGroup"/> and <see cref="ViaGroup"/> are the groups the
/// handoff names on each side, or -1.
/// </summary>
internal readonly record struct HandoffEdge(int From, int To, int Handoff, int FromGroup, int ViaGroup);
