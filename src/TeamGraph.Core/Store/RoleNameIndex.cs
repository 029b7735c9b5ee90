using TeamGraph.Core.Graph;
using TeamGraph.Core.Graph.Schema;
using TeamGraph.Core.Ingestion.Resolution;

namespace TeamGraph.Core.Store;

/// <summary>
/// Finds a role by code, name or alias, compared normalised (case, punctuation, ё), then loosened (plurals, "Dev" for
/// "Developer"). Codes are indexed before names and aliases, so a code always wins over another role's alias. Every
/// store answers <see cref="ITeamGraphReader.FindRoleAsync"/> through this, so they agree on what a name means.
/// </summary>
public sealed class RoleNameIndex
{
    private readonly Dictionary<string, GraphNode> _rolesByName = new(StringComparer.Ordinal);

    /// <summary>Indexes <paramref name="roles"/> in id order.</summary>
    public RoleNameIndex(IEnumerable<GraphNode> roles)
    {
        ArgumentNullException.ThrowIfNull(roles);
        var sorted = roles.OrderBy(r => r.Id, StringComparer.Ordinal).ToList();
        foreach (var role in sorted)
        {
            IndexName(role, role.Get(RoleProperties.Code));
        }

        foreach (var role in sorted)
        {
            IndexName(role, role.Get(RoleProperties.Name));
            foreach (var alias in role.Get(RoleProperties.Aliases))
            {
                IndexName(role, alias);
            }
        }
    }

    /// <summary>The role <paramref name="codeNameOrAlias"/> names, or <see langword="null"/>.</summary>
    public GraphNode? Find(string codeNameOrAlias)
    {
        ArgumentNullException.ThrowIfNull(codeNameOrAlias);
        var key = NameNormalizer.Normalize(codeNameOrAlias);
        return _rolesByName.GetValueOrDefault(key) ?? _rolesByName.GetValueOrDefault("~" + NameNormalizer.Loosen(codeNameOrAlias));
    }

    private void IndexName(GraphNode role, string? name)
    {
        if (string.IsNullOrWhiteSpace(name))
        {
            return;
        }

        _rolesByName.TryAdd(NameNormalizer.Normalize(name), role);
        _rolesByName.TryAdd("~" + NameNormalizer.Loosen(name), role);
    }
}
