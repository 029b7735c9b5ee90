namespace TeamGraph.Core.Ingestion.Resolution;

/// <summary>
/// The team registry (<c>team-structure.md</c>): the roles with their codes, names, aliases and cards; the groups;
/// the parties outside the team; the glossary of what the team hands over. It is the first authority on names after a
/// card's own front matter.
/// </summary>
public sealed record TeamRegistry(
    string Path,
    IReadOnlyList<RegistryRole> Roles,
    IReadOnlyList<RegistryGroup> Groups,
    IReadOnlyList<RegistryExternal> Externals)
{
    /// <summary>No registry.</summary>
    public static TeamRegistry Empty { get; } = new("", [], [], []);

    /// <summary>The rows of the <c>## Glossary</c> table: names of one thing that the handoff matcher treats as equal.</summary>
    public IReadOnlyList<GlossaryEntry> Glossary { get; init; } = [];
}
