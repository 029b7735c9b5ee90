using TeamGraph.Core.Cards;
using TeamGraph.Core.Diagnostics;

namespace TeamGraph.Core.Ingestion.Resolution;

/// <summary>
/// Who is who in one ingest. Filled in the resolution order of the design: team registry, then each card's front
/// matter and Identity table, then mermaid node labels; then <see cref="Resolve"/> maps any name written in a card to
/// a role, group or external actor, recording what it could not resolve instead of dropping it.
/// </summary>
public sealed partial class ActorDirectory
{
    private readonly Dictionary<string, RoleEntry> _roles = new(StringComparer.OrdinalIgnoreCase);

    /// <summary>The registry's roles by the card path it gives them, the first row for a path winning.</summary>
    private readonly Dictionary<string, RoleEntry> _registryRolesByCard = new(StringComparer.Ordinal);
    private readonly Dictionary<string, GroupEntry> _groups = new(StringComparer.Ordinal);
    private readonly Dictionary<string, ExternalEntry> _externals = new(StringComparer.Ordinal);
    private readonly Dictionary<string, ResolvedActor> _exactNames = new(StringComparer.Ordinal);
    private readonly Dictionary<string, ResolvedActor> _looseNames = new(StringComparer.Ordinal);
    private readonly ICollection<Diagnostic> _diagnostics;

    /// <summary>Starts a directory whose findings go to <paramref name="diagnostics"/>.</summary>
    public ActorDirectory(ICollection<Diagnostic> diagnostics) => _diagnostics = diagnostics;

    /// <summary>Every role, sorted by code.</summary>
    public IEnumerable<RoleEntry> Roles => _roles.Values.OrderBy(r => r.Code, StringComparer.Ordinal);

    /// <summary>Every group, sorted by name.</summary>
    public IEnumerable<GroupEntry> Groups => _groups.Values.OrderBy(g => g.Name, StringComparer.Ordinal);

    /// <summary>Every external actor, sorted by name.</summary>
    public IEnumerable<ExternalEntry> Externals => _externals.Values.OrderBy(e => e.Name, StringComparer.Ordinal);

    /// <summary>The role with <paramref name="code"/> (case-insensitive), or <see langword="null"/>.</summary>
    public RoleEntry? FindRole(string code) => _roles.GetValueOrDefault(code);

    /// <summary>Adds the registry's roles, groups and external parties.</summary>
    public void AddRegistry(TeamRegistry registry)
    {
        foreach (var row in registry.Roles)
        {
            if (_roles.ContainsKey(row.Code))
            {
                Report(DiagnosticSeverity.Warning, ResolutionDiagnosticCodes.RegistryProblem, row.Source, $"The registry lists role code '{row.Code}' twice; the first row wins.");
                continue;
            }

            var role = AddRole(row.Code, row.Name, row.Source);
            role.CardPathHint = row.CardPath;
            if (row.CardPath is not null)
            {
                _registryRolesByCard.TryAdd(row.CardPath, role);
            }
            foreach (var alias in row.Aliases)
            {
                AddAlias(role, alias);
            }
        }

        foreach (var row in registry.Groups)
        {
            var group = new GroupEntry(row.Name, row.Source, declared: true) { IsEveryone = row.IsEveryone };
            group.DeclaredMembers.AddRange(row.Members);
            AddGroup(group, row.Aliases);
        }

        foreach (var row in registry.Externals)
        {
            AddExternal(new ExternalEntry(row.Name, row.Kind, row.Source, Declared: true), row.Aliases);
        }
    }

    private RoleEntry AddRole(string code, string name, SourceRef source)
    {
        var role = new RoleEntry(code, name, source);
        _roles[code] = role;
        Index(code, new ResolvedActor(ActorKind.Role, code));
        AddAlias(role, name);
        return role;
    }

    private void AddAlias(RoleEntry role, string alias)
    {
        if (string.IsNullOrWhiteSpace(alias))
        {
            return;
        }

        if (!string.Equals(alias, role.Name, StringComparison.Ordinal) && !string.Equals(alias, role.Code, StringComparison.Ordinal))
        {
            role.Aliases.Add(alias.Trim());
        }

        Index(alias, new ResolvedActor(ActorKind.Role, role.Code));
    }

    private void AddGroup(GroupEntry group, IEnumerable<string> aliases)
    {
        _groups[group.Name] = group;
        var actor = new ResolvedActor(ActorKind.Group, group.Name);
        Index(group.Name, actor);
        foreach (var alias in aliases)
        {
            Index(alias, actor);
        }
    }

    private void AddExternal(ExternalEntry external, IEnumerable<string> aliases)
    {
        _externals[external.Name] = external;
        var actor = new ResolvedActor(ActorKind.ExternalActor, external.Name);
        Index(external.Name, actor);
        foreach (var alias in aliases)
        {
            Index(alias, actor);
        }
    }

    /// <summary>First writer wins: an earlier, more authoritative source keeps a name.</summary>
    private void Index(string name, ResolvedActor actor)
    {
        var exact = NameNormalizer.Normalize(name);
        if (exact.Length == 0)
        {
            return;
        }

        _exactNames.TryAdd(exact, actor);
        _looseNames.TryAdd(NameNormalizer.Loosen(name), actor);
    }

    private void Report(DiagnosticSeverity severity, string code, SourceRef source, string message) =>
        _diagnostics.Add(new Diagnostic(severity, code, source.Path, source.Line > 0 ? source.Line : null, message));
}
