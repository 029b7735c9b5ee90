using TeamGraph.Core.Cards;

namespace TeamGraph.Core.Ingestion.Resolution;

/// <summary>A row of the team registry's groups table: members as codes or names, or everyone.</summary>
public sealed record RegistryGroup(
    string Name,
    IReadOnlyList<string> Members,
    bool IsEveryone,
    IReadOnlyList<string> Aliases,
    SourceRef Source);
