namespace TeamGraph.Core.Diagrams;

/// <summary>
/// Decides which box each node sits in. A group with members in the view is a box; a box sits inside the smallest
/// other box whose members include all of its own (the Developers inside the Team); each member sits in the smallest
/// box holding it. A member of a group whose box is not around it (overlapping groups) gets a dashed membership line
/// to that group instead, so every membership stays visible and no node is drawn twice.
/// </summary>
internal static class DiagramClusterPlanner
{
    public static (List<DiagramCluster> Clusters, List<DiagramMembership> Memberships) Plan(
        IReadOnlySet<string> nodeIds,
        IReadOnlyDictionary<string, IReadOnlyList<string>> groupMembers)
    {
        var boxes = groupMembers
            .Where(g => nodeIds.Contains(g.Key))
            .Select(g => (Id: g.Key, Members: g.Value.Where(m => nodeIds.Contains(m) && m != g.Key).ToHashSet(StringComparer.Ordinal)))
            .Where(g => g.Members.Count > 0)
            .OrderBy(g => g.Members.Count).ThenByDescending(g => g.Id, StringComparer.Ordinal)
            .ToList();

        // boxes runs from the innermost candidate outwards, so the first box above another that holds all its members is its parent.
        var parents = new Dictionary<string, string?>(StringComparer.Ordinal);
        for (var i = 0; i < boxes.Count; i++)
        {
            parents[boxes[i].Id] = boxes.Skip(i + 1).FirstOrDefault(b => b.Members.IsSupersetOf(boxes[i].Members)).Id;
        }

        var homes = new Dictionary<string, string>(StringComparer.Ordinal);
        var memberships = new List<DiagramMembership>();
        foreach (var member in boxes.SelectMany(b => b.Members).Distinct(StringComparer.Ordinal).Where(m => !parents.ContainsKey(m)))
        {
            var home = boxes.First(b => b.Members.Contains(member)).Id;
            homes[member] = home;
            var enclosing = Ancestors(home, parents).ToHashSet(StringComparer.Ordinal);
            memberships.AddRange(boxes.Where(b => b.Members.Contains(member) && !enclosing.Contains(b.Id))
                .Select(b => new DiagramMembership(member, b.Id)));
        }

        var clusters = boxes.Select(b => new DiagramCluster(b.Id, parents[b.Id],
            [.. homes.Where(h => h.Value == b.Id).Select(h => h.Key).Order(StringComparer.Ordinal)])).ToList();
        return (clusters, memberships);
    }

    private static IEnumerable<string> Ancestors(string box, Dictionary<string, string?> parents)
    {
        for (string? current = box; current is not null; current = parents[current])
        {
            yield return current;
        }
    }
}
