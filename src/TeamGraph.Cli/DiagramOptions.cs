using TeamGraph.Core.Diagrams;
using TeamGraph.Core.Graph;
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
    /// <summary>The title given with <c>--title</c>, or <see langword="null"/>.</summary>
    public string? Title { get; init; }

    /// <summary><c>--legend</c>: <see langword="true"/>; <c>--no-legend</c>: <see langword="false"/>; neither: <see langword="null"/>.</summary>
    public bool? Legend { get; init; }

    /// <summary><c>--merge-handoffs</c>.</summary>
    public DiagramMergeMode MergeParallel { get; init; }

    /// <summary><c>--statuses</c>, as graph status values, or <see langword="null"/>.</summary>
    public IReadOnlySet<string>? Statuses { get; init; }

    /// <summary><c>--groups</c>, as written, or <see langword="null"/>.</summary>
    public IReadOnlyList<string>? Groups { get; init; }

    /// <summary><c>--documented</c>: <see langword="true"/>; <c>--undocumented</c>: <see langword="false"/>; neither: <see langword="null"/>.</summary>
    public bool? Documented { get; init; }

    /// <summary>
    /// The request with every role resolved to its node id through <paramref name="reader"/>, or the first role that
    /// matches nothing, or the first group of <see cref="Groups"/> that names no group.
    /// </summary>
    public async Task<(DiagramRequest? Request, string? UnknownRole, string? UnknownGroup)> ResolveAsync(ITeamGraphReader reader, CancellationToken cancellationToken)
    {
        var ids = new List<string>();
        foreach (var role in Roles)
        {
            if (await reader.FindRoleAsync(role, cancellationToken).ConfigureAwait(false) is not { } node)
            {
                return (null, role, null);
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
        var groupIds = new List<string>();
        if (Groups is { Count: > 0 })
        {
            var groups = await reader.GetNodesLabelledAsync(NodeLabels.Group, cancellationToken).ConfigureAwait(false);
            foreach (var name in Groups)
            {
                if (groups.FirstOrDefault(g => string.Equals(g.Id, name, StringComparison.Ordinal)
                    || string.Equals(g.DisplayName, name, StringComparison.OrdinalIgnoreCase)) is not { } group)
                {
                    return (null, null, name);
                }

                groupIds.Add(group.Id);
            }
        }

        var filter = new DiagramFilter(Statuses, groupIds.Count > 0 ? [.. groupIds.Distinct(StringComparer.Ordinal)] : null, Documented);
        return (new DiagramRequest(scope, Format, Kinds)
        {
            Title = Title,
            Legend = Legend,
            MergeParallel = MergeParallel,
            Filter = filter.IsEmpty ? null : filter,
        }, null, null);
    }
}
