namespace TeamGraph.Core.Ingestion.Resolution;

/// <summary>
/// The team registry (<c>team-structure.md</c>): the roles with their codes, names, aliases and cards; the groups;
/// the parties outside the team. It is the first authority on names after a card's own front matter.
/// </summary>
public sealed record TeamRegistry(
    string Path,
    IReadOnlyList<RegistryRole> Roles,
    IReadOnlyList<RegistryGroup> Groups,
    IReadOnlyList<RegistryExternal> Externals)
{
    /// <summary>No registry.</summary>
    public static TeamRegistry Empty { get; } = new("", [], [], []);
}
