using TeamGraph.Core.Cards;

namespace TeamGraph.Core.Ingestion.Resolution;

/// <summary>A group of roles. Members are role codes, or everyone, or (built-in "Developers") every developer role.</summary>
public sealed class GroupEntry(string name, SourceRef source, bool declared)
{
    public string Name { get; } = name;

    public SourceRef Source { get; } = source;

    /// <summary>True when the team registry declares the group; false when the built-in vocabulary guessed it.</summary>
    public bool Declared { get; } = declared;

    /// <summary>Members as written in the registry (codes or names), resolved when the graph is built.</summary>
    public List<string> DeclaredMembers { get; } = [];

    public bool IsEveryone { get; init; }

    public bool IsDevelopers { get; init; }
}
