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

        var members = NewLists(Actors.Count);
        var givers = new int[handoffNodes.Count];
        Array.Fill(givers, -1);
        var receivers = NewLists(handoffNodes.Count);
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
        var memberArrays = members.Select(DistinctAscending).ToArray();
        Members = memberArrays;
        Giver = givers;
        GroupsOf = Inverted(memberArrays, Actors.Count);

        var direct = NewLists(handoffNodes.Count);
        var groups = NewLists(handoffNodes.Count);
        var givenBy = NewLists(Actors.Count);
        var received = NewLists(Actors.Count);
        for (var handoff = 0; handoff < handoffNodes.Count; handoff++)
        {
            var giver = givers[handoff];
            if (giver < 0)
            {
                continue;
            }

            foreach (var actor in memberArrays[giver].Length > 0 ? memberArrays[giver] : [giver])
            {
                givenBy[actor].Add(handoff);
            }

            foreach (var receiver in receivers[handoff])
            {
                (memberArrays[receiver].Length > 0 ? groups : direct)[handoff].Add(receiver);
                received[receiver].Add(handoff);
            }
        }

        DirectReceivers = [.. direct.Select(DistinctAscending)];
        ReceivingGroups = [.. groups.Select(DistinctAscending)];
        Given = [.. givenBy.Select(DistinctAscending)];
        Received = [.. received.Select(DistinctAscending)];
    }

    private static List<int>[] NewLists(int count)
    {
        var lists = new List<int>[count];
        for (var i = 0; i < count; i++)
        {
            lists[i] = [];
        }

        return lists;
    }

    /// <summary>For each actor, the groups whose member arrays hold it.</summary>
    private static int[][] Inverted(int[][] members, int count)
    {
        var groupsOf = NewLists(count);
        for (var group = 0; group < members.Length; group++)
        {
            foreach (var member in members[group])
            {
                groupsOf[member].Add(group);
            }
        }

        return [.. groupsOf.Select(DistinctAscending)];
    }

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
        if (actors.Count == 0)
        {
            return [];
        }

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
