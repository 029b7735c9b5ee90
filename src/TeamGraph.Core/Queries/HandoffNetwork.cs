using TeamGraph.Core.Graph;

namespace TeamGraph.Core.Queries;

/// <summary>
/// The actor graph the chain and reachability queries walk, built once per snapshot: actors and handoffs by index
/// (in id order, so index order is id order), and for each actor its handoff edges with groups already expanded to
/// their members. A group with members is never an end of an edge; a group without members stands for itself.
/// </summary>
internal sealed partial class HandoffNetwork
{
    private readonly Dictionary<string, int> _indexById;

    /// <summary>Role, group and outside-party nodes, sorted by id.</summary>
    public IReadOnlyList<GraphNode> Actors { get; }

    /// <summary>Handoffs sorted by id; <see cref="HandoffEdge.Handoff"/> indexes this list.</summary>
    public IReadOnlyList<HandoffFacts> Handoffs { get; }

    /// <summary>Per actor, the edges it gives, sorted by handoff then receiver.</summary>
    public IReadOnlyList<HandoffEdge[]> Outgoing { get; }

    /// <summary>
    /// Per actor, the actors that hand it something, each once, ascending: all an upstream walk needs, kept as indexes
    /// rather than edges because a handoff to a large group makes an edge to every member.
    /// </summary>
    public IReadOnlyList<int[]> Givers { get; }

    /// <summary>The index of the actor with <paramref name="id"/>, or -1.</summary>
    public int IndexOf(string id) => _indexById.GetValueOrDefault(id, -1);

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
