using GraphQL;
using TeamGraph.Core.Graph;
using TeamGraph.Core.Store;

namespace TeamGraph.GraphQL.Types;

/// <summary>
/// An argument naming no actor (or, where only a role will do, no role): <c>extensions.code</c> <c>UNKNOWN_ACTOR</c>,
/// and the ids of the closest known ones in <c>extensions.data.closest</c>, nearest first, which the message names too.
/// </summary>
internal sealed class UnknownActorError : ExecutionError
{
    public const string ErrorCode = "UNKNOWN_ACTOR";

    public UnknownActorError(string given, bool roleOnly, IReadOnlyList<GraphNode> closest)
        : base(Describe(given, roleOnly, closest))
    {
        Code = ErrorCode;
        Data["closest"] = closest.Select(a => a.Id).ToList();
    }

    private static string Describe(string given, bool roleOnly, IReadOnlyList<GraphNode> closest)
    {
        var what = roleOnly ? "no role has that code, name, alias or node id" : "no role, group or outside party has that node id, code, name or alias";
        var hint = closest.Count == 0 ? "" : $" Closest: {string.Join(", ", closest.Select(a => $"{ActorSuggestions.Describe(a)} [{a.Id}]"))}.";
        return $"Unknown {(roleOnly ? "role" : "actor")} '{given}': {what}.{hint}";
    }
}
