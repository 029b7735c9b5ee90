using TeamGraph.Core.Cards;

namespace TeamGraph.Core.Ingestion.Resolution;

/// <summary>Everything known about one role's identity, gathered from the registry, its card and mermaid maps.</summary>
public sealed class RoleEntry(string code, string name, SourceRef source)
{
    public string Code { get; } = code;

    public string Name { get; internal set; } = name;

    /// <summary>Other names seen for the role (mermaid labels, registry aliases, front matter aliases), sorted.</summary>
    public SortedSet<string> Aliases { get; } = new(StringComparer.Ordinal);

    /// <summary>The path of the role's card, or <see langword="null"/> for an undocumented role.</summary>
    public string? CardPath { get; internal set; }

    /// <summary>Where the role was first defined: its card title, registry row, mermaid node or first mention.</summary>
    public SourceRef Source { get; internal set; } = source;

    /// <summary>The card path the team registry gives for the role, whether or not that card exists.</summary>
    public string? CardPathHint { get; internal set; }

    public bool Documented => CardPath is not null;
}
