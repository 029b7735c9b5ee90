using System.Globalization;
using TeamGraph.Core.Graph;

namespace TeamGraph.Core.Diagrams;

/// <summary>
/// The title a diagram carries unless the request gives one: the scope with the actors' names, then the kinds drawn
/// and any filter ("Neighbourhood of DevOps Engineer (depth 1) — handoffs; status one-sided").
/// </summary>
internal static class DiagramTitles
{
    /// <summary>The most role names a title of a set of roles lists before counting the rest.</summary>
    private const int MaxNames = 4;

    public static string Compose(PropertyGraph graph, DiagramRequest request, IReadOnlySet<EdgeKind> kinds)
    {
        if (request.Title is { } title)
        {
            return DiagramLabels.Cap(title, DiagramLabels.MaxTextLength * 2);
        }

        var scope = request.Scope;
        var what = scope.Kind switch
        {
            DiagramScopeKind.Neighbourhood => string.Create(CultureInfo.InvariantCulture, $"Neighbourhood of {Name(graph, scope.RoleIds[0])} (depth {scope.Depth})"),
            DiagramScopeKind.Chains => string.Create(CultureInfo.InvariantCulture,
                $"Handoff chains from {Name(graph, scope.RoleIds[0])} to {Name(graph, scope.RoleIds[1])} (at most {scope.MaxHops} hop{(scope.MaxHops == 1 ? "" : "s")})"),
            DiagramScopeKind.Roles => Names(graph, scope.RoleIds),
            _ => "Whole team",
        };
        var parts = new List<string> { string.Join(", ", kinds.Order().Select(DiagramLabels.Plural)) };
        if (request.Filter is { } filter)
        {
            if (filter.Statuses is { Count: > 0 } statuses)
            {
                parts.Add("status " + string.Join(", ", statuses.Order(StringComparer.Ordinal).Select(s => s.ToLowerInvariant().Replace('_', '-'))));
            }

            if (filter.GroupIds is { Count: > 0 } groups)
            {
                parts.Add((groups.Count == 1 ? "group " : "groups ") + string.Join(", ", groups.Select(g => Name(graph, g))));
            }

            if (filter.Documented is { } documented)
            {
                parts.Add(documented ? "documented roles" : "undocumented roles");
            }
        }

        return $"{what} — {string.Join("; ", parts)}";
    }

    private static string Names(PropertyGraph graph, IReadOnlyList<string> ids)
    {
        var names = ids.Take(ids.Count > MaxNames ? MaxNames - 1 : MaxNames).Select(id => Name(graph, id)).ToList();
        var rest = ids.Count - names.Count;
        return rest > 0
            ? string.Create(CultureInfo.InvariantCulture, $"{string.Join(", ", names)} and {rest} more")
            : names.Count > 1 ? $"{string.Join(", ", names.SkipLast(1))} and {names[^1]}" : names.FirstOrDefault() ?? "No roles";
    }

    private static string Name(PropertyGraph graph, string id) =>
        graph.FindNode(id) is { } node && DiagramLabels.Cap(node.DisplayName, DiagramLabels.MaxTextLength / 2) is { Length: > 0 } name ? name : DiagramLabels.Cap(id);
}
