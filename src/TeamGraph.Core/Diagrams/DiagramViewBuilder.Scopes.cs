using TeamGraph.Core.Graph;
using TeamGraph.Core.Graph.Schema;
using TeamGraph.Core.Queries;

namespace TeamGraph.Core.Diagrams;

public static partial class DiagramViewBuilder
{
    /// <summary>
    /// Every actor with a relationship of a chosen kind, every documented role, the members of the groups drawn, and the
    /// groups with a member drawn.
    /// </summary>
    private static (HashSet<string>, IEnumerable<DiagramRelationship>) Team(
        PropertyGraph graph,
        List<DiagramRelationship> relationships,
        Dictionary<string, IReadOnlyList<string>> members)
    {
        var nodeIds = relationships.SelectMany(r => new[] { r.FromId, r.ToId })
            .Concat(graph.Nodes.Where(n => n.Label == NodeLabels.Role && n.Get(RoleProperties.Documented)).Select(n => n.Id))
            .ToHashSet(StringComparer.Ordinal);
        foreach (var group in nodeIds.Where(members.ContainsKey).ToList())
        {
            nodeIds.UnionWith(members[group]);
        }

        // The team's structure is part of the picture: a group with a member in view is drawn even without an edge of its own.
        nodeIds.UnionWith(members.Where(g => g.Value.Any(nodeIds.Contains)).Select(g => g.Key).ToList());

        return (nodeIds, relationships);
    }

    /// <summary>
    /// Breadth-first over the relationships in both directions; reaching a group reaches its members at the same
    /// distance. Draws the relationships of every actor nearer than <paramref name="depth"/>.
    /// </summary>
    private static (HashSet<string>, IEnumerable<DiagramRelationship>) Neighbourhood(
        string centreId,
        int depth,
        List<DiagramRelationship> relationships,
        Dictionary<string, IReadOnlyList<string>> members)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(depth);
        var incident = new Dictionary<string, List<DiagramRelationship>>(StringComparer.Ordinal);
        foreach (var relationship in relationships)
        {
            (incident.TryGetValue(relationship.FromId, out var from) ? from : incident[relationship.FromId] = []).Add(relationship);
            (incident.TryGetValue(relationship.ToId, out var to) ? to : incident[relationship.ToId] = []).Add(relationship);
        }

        var distance = new Dictionary<string, int>(StringComparer.Ordinal);
        var queue = new Queue<string>();
        Reach(centreId, 0);
        while (queue.TryDequeue(out var current))
        {
            if (distance[current] < depth)
            {
                foreach (var relationship in incident.GetValueOrDefault(current) ?? [])
                {
                    Reach(relationship.FromId == current ? relationship.ToId : relationship.FromId, distance[current] + 1);
                }
            }
        }

        var drawn = relationships.Where(r => distance.GetValueOrDefault(r.FromId, int.MaxValue) < depth || distance.GetValueOrDefault(r.ToId, int.MaxValue) < depth);
        return (distance.Keys.ToHashSet(StringComparer.Ordinal), drawn);

        void Reach(string id, int hops)
        {
            if (distance.TryAdd(id, hops))
            {
                queue.Enqueue(id);
                foreach (var member in members.GetValueOrDefault(id) ?? [])
                {
                    Reach(member, hops);
                }
            }
        }
    }

    /// <summary>
    /// The hops of the handoff chains between the two ends (only those with one of <paramref name="statuses"/> when given), each handoff between the same two actors once, and the
    /// other chosen kinds among the actors on the chains.
    /// </summary>
    private static (HashSet<string>, IEnumerable<DiagramRelationship>) Chains(
        PropertyGraph graph,
        IReadOnlyList<string> ends,
        DiagramScope scope,
        List<DiagramRelationship> relationships,
        IReadOnlySet<string>? statuses)
    {
        var chains = new TeamGraphQueries(graph).FindHandoffChains(ends[0], ends[1], scope.MaxHops, scope.MaxPaths);
        var hops = chains.SelectMany(c => c.Hops).DistinctBy(h => (h.FromId, h.ToId, h.HandoffId))
            .Where(h => statuses is null || statuses.Contains(h.Status ?? "")).ToList();
        var nodeIds = hops.SelectMany(h => new[] { h.FromId, h.ToId }).Concat(ends).ToHashSet(StringComparer.Ordinal);
        var drawn = hops.Select(h => new DiagramRelationship(EdgeKind.Handoff, h.FromId, h.ToId,
                DiagramLabels.Handoff(h.What, h.Trigger, h.Status, GroupName(graph, h.ViaGroup ?? h.FromGroup)), h.Status))
            .Concat(relationships.Where(r => r.Kind != EdgeKind.Handoff && nodeIds.Contains(r.FromId) && nodeIds.Contains(r.ToId)));
        return (nodeIds, drawn);
    }

    /// <summary>The given actors and the relationships among them.</summary>
    private static (HashSet<string>, IEnumerable<DiagramRelationship>) Roles(IReadOnlyList<string> roleIds, List<DiagramRelationship> relationships)
    {
        var nodeIds = roleIds.ToHashSet(StringComparer.Ordinal);
        return (nodeIds, relationships.Where(r => nodeIds.Contains(r.FromId) && nodeIds.Contains(r.ToId)));
    }

    private static string? GroupName(PropertyGraph graph, string? groupId) =>
        groupId is null ? null : graph.FindNode(groupId) is { } group ? group.DisplayName : groupId;
}
