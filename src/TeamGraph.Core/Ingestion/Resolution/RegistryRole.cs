using TeamGraph.Core.Cards;

namespace TeamGraph.Core.Ingestion.Resolution;

/// <summary>A row of the team registry's roles table.</summary>
public sealed record RegistryRole(string Code, string Name, IReadOnlyList<string> Aliases, string? CardPath, SourceRef Source);
