using TeamGraph.Core.Graph;
using TeamGraph.Core.Graph.Schema;

namespace TeamGraph.Core.Queries;

internal sealed partial class HandoffNetwork
{
    public HandoffNetwork(PropertyGraph graph)
    {
        Actors = [.. graph.Nodes.Where(n => n.IsActor)];
        _indexById = Enumerable.Range(0, Actors.Count).ToDictionary(i => Actors[i].Id, StringComparer.Ordinal);
        var handoffNodes = graph.Nodes.Where(n => n.Label == NodeLabels.Handoff).ToList();
        var handoffIndex = Enumerable.Range(0, handoffNodes.Count).ToDictionary(i => handoffNodes[i].Id, StringComparer.Ordinal);

        var members = Actors.Select(_ => new List<int>()).ToArray();
        var givers = handoffNodes.Select(_ => -1).ToArray();
        var receivers = handoffNodes.Select(_ => new List<int>()).ToArray();
        var declarations = handoffNodes.Select(_ => new List<HandoffDeclarationRef>()).ToArray();
        foreach (var relationship in graph.Relationships)
        {
            var start = IndexOf(relationship.StartId);
            var end = IndexOf(relationship.EndId);
            switch (relationship.Type)
            {
                case RelationshipTypes.MemberOf when start >= 0 && end >= 0 && Actors[end].Label == NodeLabels.Group:
                    members[end].Add(start);
                    break;
                case RelationshipTypes.Gives when start >= 0 && handoffIndex.TryGetValue(relationship.EndId, out var given) && givers[given] < 0:
                    givers[given] = start;
                    break;
                case RelationshipTypes.To when end >= 0 && handoffIndex.TryGetValue(relationship.StartId, out var sent):
                    receivers[sent].Add(end);
                    break;
                case RelationshipTypes.Declares when handoffIndex.TryGetValue(relationship.EndId, out var declared):
                    declarations[declared].Add(Declaration(graph, relationship));
                    break;
            }
        }

        Handoffs = [.. handoffNodes.Select((node, i) => Facts(node, declarations[i]))];
        var outgoing = Actors.Select(_ => new List<HandoffEdge>()).ToArray();
        var giversOf = Actors.Select(_ => new List<int>()).ToArray();
        for (var handoff = 0; handoff < handoffNodes.Count; handoff++)
        {
            if (givers[handoff] >= 0)
            {
                foreach (var edge in Edges(handoff, givers[handoff], receivers[handoff], members))
                {
                    outgoing[edge.From].Add(edge);
                    giversOf[edge.To].Add(edge.From);
                }
            }
        }

        Outgoing = [.. outgoing.Select(edges => Sorted(edges, static (a, b) => (a.Handoff, a.To).CompareTo((b.Handoff, b.To))))];
        Givers = [.. giversOf.Select(DistinctAscending)];
    }

    /// <summary>
    /// Every giver-receiver pair of one handoff after expanding groups. A pair reached several ways (BE named and also
    /// in Developers) keeps the most direct one; a member handing to itself (DevOps to the Team) is no edge.
    /// </summary>
    private static List<HandoffEdge> Edges(int handoff, int giver, List<int> receivers, List<int>[] members)
    {
        if (members[giver].Count == 0 && receivers.TrueForAll(r => members[r].Count == 0))
        {
            // The common case, person to person: nothing to expand, and each receiver is named once.
            return receivers.Where(r => r != giver).Select(r => new HandoffEdge(giver, r, handoff, -1, -1)).ToList();
        }

        var best = new Dictionary<(int From, int To), HandoffEdge>();
        var expandedReceivers = receivers.SelectMany(r => Expand(r, members)).ToList();
        foreach (var (from, fromGroup) in Expand(giver, members))
        {
            foreach (var (to, viaGroup) in expandedReceivers)
            {
                var edge = new HandoffEdge(from, to, handoff, fromGroup, viaGroup);
                if (from != to && (!best.TryGetValue((from, to), out var known) || IsMoreDirect(edge, known)))
                {
                    best[(from, to)] = edge;
                }
            }
        }

        return [.. best.Values];
    }

    private static bool IsMoreDirect(HandoffEdge edge, HandoffEdge known) =>
        (edge.GroupCount, edge.FromGroup, edge.ViaGroup).CompareTo((known.GroupCount, known.FromGroup, known.ViaGroup)) < 0;

    private static IEnumerable<(int Actor, int Group)> Expand(int actor, List<int>[] members) =>
        members[actor].Count == 0 ? [(actor, -1)] : members[actor].Select(m => (m, actor));

    private static HandoffFacts Facts(GraphNode node, List<HandoffDeclarationRef> declarations)
    {
        return new HandoffFacts(node.Id, node.Get(HandoffProperties.What), node.Get(HandoffProperties.Format),
            node.Get(HandoffProperties.Trigger), node.Get(HandoffProperties.Status), node.Source.ToString(),
            Sorted(declarations, CompareDeclarations));
    }

    private static int CompareDeclarations(HandoffDeclarationRef a, HandoffDeclarationRef b)
    {
        var byPath = string.CompareOrdinal(a.DocumentPath, b.DocumentPath);
        var byLine = a.Line.CompareTo(b.Line);
        return byPath != 0 ? byPath : byLine != 0 ? byLine : string.CompareOrdinal(a.Side, b.Side);
    }

    private static int[] DistinctAscending(List<int> actors)
    {
        actors.Sort();
        var distinct = 0;
        for (var i = 0; i < actors.Count; i++)
        {
            if (i == 0 || actors[i] != actors[i - 1])
            {
                actors[distinct++] = actors[i];
            }
        }

        return [.. actors[..distinct]];
    }

    private static T[] Sorted<T>(List<T> items, Comparison<T> comparison)
    {
        var array = items.ToArray();
        Array.Sort(array, comparison);
        return array;
    }

    private static HandoffDeclarationRef Declaration(PropertyGraph graph, GraphRelationship declares)
    {
        var source = declares.Source;
        var path = graph.FindNode(declares.StartId) is { Label: NodeLabels.Document } document ? document.Get(DocumentProperties.Path) : declares.StartId;
        return new HandoffDeclarationRef(path, declares.Get(DeclaresProperties.Side), source.Line, source.ToString(),
            declares.Get(DeclaresProperties.What), declares.Get(DeclaresProperties.Format),
            declares.Get(DeclaresProperties.Trigger), declares.Get(DeclaresProperties.Note));
    }
}
