using TeamGraph.Core.Graph;

namespace TeamGraph.Core.Queries;

/// <summary>
/// The actor graph the chain and reachability queries walk, built once per snapshot: actors and handoffs by index
/// (in id order, so index order is id order), who gives and who receives each handoff, and each group's members.
/// Groups stay unexpanded here: a handoff to a team-wide group is one receiver, not an edge to every member, so the
/// network grows with the graph rather than with handoffs × group sizes. <see cref="OutgoingEdges"/> expands them
/// while walking. A group with members is never an end of an edge; a group without members stands for itself.
/// </summary>
internal sealed partial class HandoffNetwork
{
    private readonly Dictionary<string, int> _indexById;

    /// <summary>Role, group and outside-party nodes, sorted by id.</summary>
    public IReadOnlyList<GraphNode> Actors { get; }

    /// <summary>Handoffs sorted by id; <see cref="HandoffEdge.Handoff"/> indexes this list.</summary>
    public IReadOnlyList<HandoffFacts> Handoffs { get; }

    /// <summary>Per actor, its members, ascending; empty for a role, an outside party or a group without members.</summary>
    public IReadOnlyList<int[]> Members { get; }

    /// <summary>Per actor, the groups with members it belongs to, ascending.</summary>
    public IReadOnlyList<int[]> GroupsOf { get; }

    /// <summary>Per handoff, the actor named as its giver (a group with members gives through each member), or -1.</summary>
    public IReadOnlyList<int> Giver { get; }

    /// <summary>Per handoff, the receivers it names that have no members, ascending.</summary>
    public IReadOnlyList<int[]> DirectReceivers { get; }

    /// <summary>Per handoff, the receiving groups it names that have members, ascending.</summary>
    public IReadOnlyList<int[]> ReceivingGroups { get; }

    /// <summary>Per actor, the handoffs it gives, itself or as a member of the giving group, ascending.</summary>
    public IReadOnlyList<int[]> Given { get; }

    /// <summary>
    /// Per actor, the handoffs naming it as a receiver, ascending: for an actor without members the handoffs it
    /// receives itself; for a group with members those its members receive through it.
    /// </summary>
    public IReadOnlyList<int[]> Received { get; }

    /// <summary>The index of the actor with <paramref name="id"/>, or -1.</summary>
    public int IndexOf(string id) => _indexById.GetValueOrDefault(id, -1);

    /// <summary>The group that gives <paramref name="handoff"/> through its members, or -1 when one actor gives it.</summary>
    public int GivingGroup(int handoff) => Giver[handoff] is var giver and >= 0 && Members[giver].Length > 0 ? giver : -1;

    public HandoffHop Hop(HandoffEdge edge)
    {
        var facts = Handoffs[edge.Handoff];
        return new HandoffHop(
            Actors[edge.From].Id,
            Actors[edge.To].Id,
            edge.FromGroup >= 0 ? Actors[edge.FromGroup].Id : null,
            edge.ViaGroup >= 0 ? Actors[edge.ViaGroup].Id : null,
            facts.Id,
            facts.What,
            facts.Format,
            facts.Trigger,
            facts.Status,
            facts.Source,
            facts.Declarations);
    }
}
