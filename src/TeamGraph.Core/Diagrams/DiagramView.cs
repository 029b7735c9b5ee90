namespace TeamGraph.Core.Diagrams;

/// <summary>
/// What a diagram shows, independent of the language it is written in: nodes, merged edges, the group boxes and the
/// memberships drawn as lines. Every list is sorted, so writers that follow the lists write deterministic text.
/// </summary>
public sealed class DiagramView
{
    private readonly Dictionary<string, DiagramNode> _nodesById;
    private readonly Dictionary<string, DiagramCluster> _clustersById;

    /// <summary>Builds a view; every id an edge, box or membership names must be a node of <paramref name="nodes"/>.</summary>
    public DiagramView(
        IEnumerable<DiagramNode> nodes,
        IEnumerable<DiagramEdge> edges,
        IEnumerable<DiagramCluster> clusters,
        IEnumerable<DiagramMembership> memberships)
    {
        Nodes = [.. nodes.OrderBy(n => n.Id, StringComparer.Ordinal)];
        Edges = [.. edges.OrderBy(e => e.FromId, StringComparer.Ordinal).ThenBy(e => e.ToId, StringComparer.Ordinal)
            .ThenBy(e => e.Kind).ThenBy(e => e.Flagged).ThenBy(e => string.Join("\n", e.Labels), StringComparer.Ordinal)
            .ThenBy(e => e.Status, StringComparer.Ordinal)];
        Clusters = [.. clusters.OrderBy(c => c.GroupId, StringComparer.Ordinal)];
        Memberships = [.. memberships.OrderBy(m => m.RoleId, StringComparer.Ordinal).ThenBy(m => m.GroupId, StringComparer.Ordinal)];
        _nodesById = Nodes.ToDictionary(n => n.Id, StringComparer.Ordinal);
        _clustersById = Clusters.ToDictionary(c => c.GroupId, StringComparer.Ordinal);
    }

    /// <summary>The title drawn above the diagram; empty for none.</summary>
    public string Title { get; init; } = "";

    /// <summary>The line styles the legend explains, in enum order; empty for no legend.</summary>
    public IReadOnlyList<DiagramLineStyle> Legend { get; init; } = [];

    /// <summary>The nodes, sorted by graph id.</summary>
    public IReadOnlyList<DiagramNode> Nodes { get; }

    /// <summary>The edges, sorted by start, end, kind, flag, labels and status.</summary>
    public IReadOnlyList<DiagramEdge> Edges { get; }

    /// <summary>The group boxes, sorted by group id.</summary>
    public IReadOnlyList<DiagramCluster> Clusters { get; }

    /// <summary>Memberships drawn as dashed lines, sorted by role then group.</summary>
    public IReadOnlyList<DiagramMembership> Memberships { get; }

    /// <summary>The node with graph id <paramref name="id"/>; throws when it is not in the view.</summary>
    public DiagramNode Node(string id) => _nodesById[id];

    /// <summary>Whether the group <paramref name="groupId"/> is drawn as a box.</summary>
    public bool IsCluster(string groupId) => _clustersById.ContainsKey(groupId);

    /// <summary>The boxes directly inside <paramref name="parentGroupId"/> (<see langword="null"/>: at the top level).</summary>
    public IEnumerable<DiagramCluster> ClustersIn(string? parentGroupId) =>
        Clusters.Where(c => string.Equals(c.ParentGroupId, parentGroupId, StringComparison.Ordinal));

    /// <summary>The nodes drawn at the top level: neither in a box nor a box themselves.</summary>
    public IEnumerable<DiagramNode> TopLevelNodes()
    {
        var boxed = Clusters.SelectMany(c => c.NodeIds).Concat(Clusters.Select(c => c.GroupId)).ToHashSet(StringComparer.Ordinal);
        return Nodes.Where(n => !boxed.Contains(n.Id));
    }

    /// <summary>The line styles drawn: each edge's, and the membership line's when there is one; in enum order.</summary>
    public IReadOnlyList<DiagramLineStyle> StylesDrawn() =>
        [.. Edges.Select(e => e.Style).Concat(Memberships.Count > 0 ? [DiagramLineStyle.Membership] : []).Distinct().Order()];

    /// <summary>
    /// The boxes around the node <paramref name="id"/>, innermost first: a group drawn as a box is inside its own box.
    /// </summary>
    public IEnumerable<string> EnclosingClusters(string id)
    {
        var box = _clustersById.ContainsKey(id) ? id : Clusters.FirstOrDefault(c => c.NodeIds.Contains(id, StringComparer.Ordinal))?.GroupId;
        for (var current = box; current is not null; current = _clustersById[current].ParentGroupId)
        {
            yield return current;
        }
    }

    /// <summary>How many edges a writer draws: the merged edges and the membership lines.</summary>
    public int DrawnEdgeCount => Edges.Count + Memberships.Count;
}
