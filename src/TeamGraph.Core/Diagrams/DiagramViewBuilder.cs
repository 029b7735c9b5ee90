using TeamGraph.Core.Graph;
using TeamGraph.Core.Graph.Schema;

namespace TeamGraph.Core.Diagrams;

/// <summary>
/// Builds the <see cref="DiagramView"/> of a request: which actors the scope takes in, which relationships among them
/// are drawn, merged per kind and pair, and the group boxes. Deterministic: the same graph and request give an equal view.
/// </summary>
public static partial class DiagramViewBuilder
{
    /// <summary>Builds the view of <paramref name="request"/> over <paramref name="graph"/>.</summary>
    /// <exception cref="ArgumentException">An id in the scope that is not a role, group or outside party of the graph.</exception>
    /// <exception cref="ArgumentOutOfRangeException">A negative depth, or chain limits below 1.</exception>
    public static DiagramView Build(PropertyGraph graph, DiagramRequest request)
    {
        ArgumentNullException.ThrowIfNull(graph);
        ArgumentNullException.ThrowIfNull(request);
        var scope = request.Scope ?? throw new ArgumentException("The request has no scope.", nameof(request));
        foreach (var id in scope.RoleIds ?? [])
        {
            if (id is null || graph.FindNode(id) is not { IsActor: true })
            {
                throw new ArgumentException($"'{id}' is not a role, group or outside party of the graph.", nameof(request));
            }
        }

        var kinds = request.Kinds is { Count: > 0 } chosen ? chosen : new HashSet<EdgeKind> { EdgeKind.Handoff };
        var filter = request.Filter ?? new DiagramFilter();
        foreach (var id in filter.GroupIds ?? [])
        {
            if (id is null || graph.FindNode(id) is not { Label: NodeLabels.Group })
            {
                throw new ArgumentException($"'{id}' is not a group of the graph.", nameof(request));
            }
        }

        var statuses = filter.Statuses is { Count: > 0 } s ? s : null;
        var relationships = DiagramRelationshipReader.Read(graph, kinds).Where(r => HasStatus(r, statuses)).ToList();
        var members = GroupMembers(graph);
        var (nodeIds, drawn) = scope.Kind switch
        {
            DiagramScopeKind.Team => Team(graph, relationships, members),
            DiagramScopeKind.Neighbourhood => Neighbourhood(Single(scope, 1)[0], scope.Depth, relationships, members),
            DiagramScopeKind.Chains => Chains(graph, Single(scope, 2), scope, relationships, statuses),
            DiagramScopeKind.Roles => Roles(scope.RoleIds ?? [], relationships),
            _ => throw new ArgumentException($"Unknown scope kind {scope.Kind}.", nameof(request)),
        };
        if (filter.SelectsActors)
        {
            (nodeIds, drawn) = SelectActors(graph, filter, nodeIds, drawn, members);
        }

        var view = Assemble(graph, nodeIds, drawn, members, request.MergeParallel, request.Format == DiagramFormat.Mermaid ? DiagramRequest.MermaidUnmergedEdgeLimit : int.MaxValue);
        return new DiagramView(view.Nodes, view.Edges, view.Clusters, view.Memberships)
        {
            Title = DiagramTitles.Compose(graph, request, kinds),
            Legend = DiagramLegend.For(view, request.Legend),
        };
    }

    private static bool HasStatus(DiagramRelationship relationship, IReadOnlySet<string>? statuses) =>
        statuses is null || relationship.Kind != EdgeKind.Handoff || statuses.Contains(relationship.Status ?? "");

    /// <summary>
    /// The actors of the scope the filter selects (by group, by card), their relationships, and the actors at the
    /// other ends of those.
    /// </summary>
    private static (HashSet<string>, IEnumerable<DiagramRelationship>) SelectActors(
        PropertyGraph graph,
        DiagramFilter filter,
        HashSet<string> nodeIds,
        IEnumerable<DiagramRelationship> drawn,
        Dictionary<string, IReadOnlyList<string>> members)
    {
        var inGroups = filter.GroupIds is { Count: > 0 } groups
            ? groups.SelectMany(g => (members.GetValueOrDefault(g) ?? []).Append(g)).ToHashSet(StringComparer.Ordinal)
            : null;
        var kept = drawn.Where(r => Selected(r.FromId) || Selected(r.ToId)).ToList();
        var keptIds = nodeIds.Where(Selected).Concat(kept.SelectMany(r => new[] { r.FromId, r.ToId })).ToHashSet(StringComparer.Ordinal);
        return (keptIds, kept);

        bool Selected(string id) =>
            (inGroups is null || inGroups.Contains(id))
            && (filter.Documented is not { } documented
                || graph.FindNode(id) is { Label: NodeLabels.Role } role && role.Get(RoleProperties.Documented) == documented);
    }

    private static IReadOnlyList<string> Single(DiagramScope scope, int count) =>
        scope.RoleIds is { } ids && ids.Count == count
            ? ids
            : throw new ArgumentException($"A {scope.Kind} scope names exactly {count} actor id(s).", nameof(scope));

    private static DiagramView Assemble(
        PropertyGraph graph,
        HashSet<string> nodeIds,
        IEnumerable<DiagramRelationship> drawn,
        Dictionary<string, IReadOnlyList<string>> members,
        DiagramMergeMode mergeMode,
        int unmergedEdgeLimit)
    {
        var graphNodes = nodeIds.Select(id => graph.FindNode(id)!).ToList();
        var keys = DiagramNodeKeys.Create(graphNodes);
        var nodes = graphNodes.Select(n => new DiagramNode(n.Id, keys[n.Id], NodeLabel(n), NodeKind(n)));

        // The same label twice between the same two actors says nothing new: drawn once whatever the mode.
        var distinct = drawn.DistinctBy(r => (r.Kind, r.FromId, r.ToId, r.Status, r.Label)).ToList();
        var merge = mergeMode == DiagramMergeMode.Always || (mergeMode == DiagramMergeMode.Auto && distinct.Count > DiagramRequest.AutoMergeThreshold)
            || distinct.Count > unmergedEdgeLimit;
        var edges = merge
            ? distinct.GroupBy(r => (r.Kind, r.FromId, r.ToId, r.Status)).Select(g =>
            {
                var labels = g.Select(r => r.Label).Order(StringComparer.Ordinal).ToList();
                return new DiagramEdge(g.Key.Kind, g.Key.FromId, g.Key.ToId, DiagramLabels.Merged(g.Key.Kind, labels), g.First().Flagged, g.Key.Status, labels.Count);
            })
            : distinct.Select(r => new DiagramEdge(r.Kind, r.FromId, r.ToId, r.Label.Length > 0 ? [r.Label] : [], r.Flagged, r.Status));
        var (clusters, memberships) = DiagramClusterPlanner.Plan(nodeIds, members);
        return new DiagramView(nodes, edges, clusters, memberships);
    }

    private static Dictionary<string, IReadOnlyList<string>> GroupMembers(PropertyGraph graph)
    {
        var members = new Dictionary<string, List<string>>(StringComparer.Ordinal);
        foreach (var relationship in graph.Relationships.Where(r => r.Type == RelationshipTypes.MemberOf))
        {
            if (graph.FindNode(relationship.EndId)?.Label == NodeLabels.Group && graph.FindNode(relationship.StartId) is { IsActor: true })
            {
                (members.TryGetValue(relationship.EndId, out var list) ? list : members[relationship.EndId] = []).Add(relationship.StartId);
            }
        }

        return members.ToDictionary(m => m.Key, m => (IReadOnlyList<string>)[.. m.Value.Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal)], StringComparer.Ordinal);
    }

    private static string NodeLabel(GraphNode node)
    {
        var name = DiagramLabels.Cap(node.DisplayName) is { Length: > 0 } n ? n : null;
        var code = node.Label == NodeLabels.Role && DiagramLabels.Cap(node.Get(RoleProperties.Code), DiagramLabels.MaxTextLength / 2) is { Length: > 0 } c ? c : null;
        var label = node.Label == NodeLabels.Role && name is not null && code is not null && !string.Equals(name, code, StringComparison.Ordinal)
            ? $"{name} ({code})"
            : name ?? code ?? DiagramLabels.Cap(node.Id);
        return label.Length > 0 ? label : DiagramLabels.Cap(node.Id);
    }

    private static DiagramNodeKind NodeKind(GraphNode node) => node.Label switch
    {
        NodeLabels.Role => node.Get(RoleProperties.Documented) ? DiagramNodeKind.Role : DiagramNodeKind.UndocumentedRole,
        NodeLabels.Group => DiagramNodeKind.Group,
        _ => DiagramNodeKind.ExternalActor,
    };
}
