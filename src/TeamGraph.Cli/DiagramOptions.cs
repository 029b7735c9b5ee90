using TeamGraph.Core.Diagrams;
using TeamGraph.Core.Store;

namespace TeamGraph.Cli;

/// <summary>
/// What <c>teamgraph diagram</c> and a docs block ask for, roles still as written (codes, names or aliases).
/// Read by <see cref="DiagramOptionSet"/>, the one parser of this syntax.
/// </summary>
/// <param name="Scope">The kind of scope.</param>
/// <param name="Roles">The centre, the two chain ends (from, to) or the roles, as written.</param>
/// <param name="Depth">Neighbourhood depth.</param>
/// <param name="MaxHops">Longest chain.</param>
/// <param name="MaxPaths">Most chains.</param>
/// <param name="Kinds">The edge kinds to draw.</param>
/// <param name="Format">The diagram language.</param>
internal sealed record DiagramOptions(
    DiagramScopeKind Scope,
    IReadOnlyList<string> Roles,
    int Depth,
    int MaxHops,
    int MaxPaths,
    IReadOnlySet<EdgeKind> Kinds,
    DiagramFormat Format)
{
    /// <summary>
    /// The request with every role resolved to its node id through <paramref name="reader"/>, or the first role that
    /// matches nothing.
    /// </summary>
    public async Task<(DiagramRequest? Request, string? UnknownRole)> ResolveAsync(ITeamGraphReader reader, CancellationToken cancellationToken)
    {
        var ids = new List<string>();
        foreach (var role in Roles)
        {
            if (await reader.FindRoleAsync(role, cancellationToken).ConfigureAwait(false) is not { } node)
            {
                return (null, role);
            }

            ids.Add(node.Id);
        }

        var scope = Scope switch
        {
            DiagramScopeKind.Neighbourhood => DiagramScope.Neighbourhood(ids[0], Depth),
            DiagramScopeKind.Chains => DiagramScope.Chains(ids[0], ids[1], MaxHops, MaxPaths),
            DiagramScopeKind.Roles => DiagramScope.Roles([.. ids.Distinct(StringComparer.Ordinal)]),
            _ => DiagramScope.Team(),
        };
        return (new DiagramRequest(scope, Format, Kinds), null);
    }
}
