using TeamGraph.Core.Graph;
using TeamGraph.Core.Graph.Schema;
using TeamGraph.Core.Ingestion.Resolution;
using TeamGraph.Core.Store;

namespace TeamGraph.Cli;

/// <summary>
/// What to tell a user whose <c>--role</c>, <c>--from</c>/<c>--to</c>, <c>--roles</c> or <c>--group</c> (on the command
/// line or in a docs block) names nothing in the graph: the closest roles or groups by code, name or alias (ignoring
/// case), or every known one when none is close.
/// </summary>
internal static class UnknownActorMessage
{
    private const int MaxListed = 20;

    /// <summary>"did you mean 'TL' (Tech Lead)?" or "known roles: 'BE' (Backend Developer), …".</summary>
    public static string Hint(PropertyGraph graph, string typed, bool group)
    {
        var label = group ? NodeLabels.Group : NodeLabels.Role;
        var known = graph.Nodes.Where(n => n.Label == label).OrderBy(Describe, StringComparer.OrdinalIgnoreCase).ToList();
        if (known.Count == 0)
        {
            return group ? "the folder has no groups" : "the folder has no roles";
        }

        var close = DidYouMean.Closest(typed, known, Names, NameNormalizer.Normalize);
        if (close.Count > 0)
        {
            return $"did you mean {DidYouMean.Alternatives([.. close.Select(Describe)])}?";
        }

        var listed = string.Join(", ", known.Take(MaxListed).Select(Describe));
        return $"known {(group ? "groups" : "roles")}: {listed}{(known.Count > MaxListed ? $" and {known.Count - MaxListed} more" : "")}";
    }

    // 'TL' (Tech Lead): the id a user types first, and the name that tells them which role it is.
    private static string Describe(GraphNode actor) =>
        actor.Label == NodeLabels.Role && actor.Get(RoleProperties.Name) is { Length: > 0 } name && name != actor.Get(RoleProperties.Code)
            ? $"'{actor.Get(RoleProperties.Code)}' ({name})"
            : $"'{ActorSuggestions.Describe(actor)}'";

    private static IEnumerable<string> Names(GraphNode actor) => actor.Label == NodeLabels.Role
        ? [actor.Get(RoleProperties.Code), actor.Get(RoleProperties.Name), .. actor.Get(RoleProperties.Aliases)]
        : [actor.Get(GroupProperties.Name)];
}
