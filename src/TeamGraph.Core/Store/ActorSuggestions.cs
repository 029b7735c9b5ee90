using TeamGraph.Core.Graph;
using TeamGraph.Core.Graph.Schema;
using TeamGraph.Core.Ingestion.Resolution;

namespace TeamGraph.Core.Store;

/// <summary>
/// The known actors closest to a name that matched none, for "did you mean" hints: each actor's node id, code, name and
/// aliases are compared with the name, both normalised as <see cref="RoleNameIndex"/> compares them, by Levenshtein
/// distance (Quickenshtein); an actor counts by its nearest name. Nearest first, then by id.
/// </summary>
public static class ActorSuggestions
{
    /// <summary>How many actors a hint names.</summary>
    public const int DefaultCount = 3;

    /// <summary>The <paramref name="count"/> actors of <paramref name="actors"/> nearest to <paramref name="name"/>.</summary>
    public static IReadOnlyList<GraphNode> Closest(IEnumerable<GraphNode> actors, string name, int count = DefaultCount)
    {
        ArgumentNullException.ThrowIfNull(actors);
        ArgumentNullException.ThrowIfNull(name);
        var wanted = NameNormalizer.Normalize(name);
        return [.. actors
            .Select(actor => (Actor: actor, Distance: Names(actor).Min(known => Quickenshtein.Levenshtein.GetDistance(wanted, NameNormalizer.Normalize(known)))))
            .OrderBy(a => a.Distance).ThenBy(a => a.Actor.Id, StringComparer.Ordinal)
            .Take(count)
            .Select(a => a.Actor)];
    }

    /// <summary><c>PM (Project Manager)</c> for a role, the name for a group or an outside party.</summary>
    public static string Describe(GraphNode actor)
    {
        ArgumentNullException.ThrowIfNull(actor);
        return actor.Label switch
        {
            NodeLabels.Role => actor.Get(RoleProperties.Name) is { Length: > 0 } roleName && roleName != actor.Get(RoleProperties.Code)
                ? $"{actor.Get(RoleProperties.Code)} ({roleName})"
                : actor.Get(RoleProperties.Code),
            NodeLabels.Group => actor.Get(GroupProperties.Name),
            NodeLabels.ExternalActor => actor.Get(ExternalActorProperties.Name),
            _ => actor.Id,
        };
    }

    private static IEnumerable<string> Names(GraphNode actor) => actor.Label switch
    {
        NodeLabels.Role => [actor.Id, actor.Get(RoleProperties.Code), actor.Get(RoleProperties.Name), .. actor.Get(RoleProperties.Aliases)],
        NodeLabels.Group => [actor.Id, actor.Get(GroupProperties.Name)],
        NodeLabels.ExternalActor => [actor.Id, actor.Get(ExternalActorProperties.Name)],
        _ => [actor.Id],
    };
}
