using TeamGraph.Core.Cards;

namespace TeamGraph.Core.Ingestion.Resolution;

/// <summary>A row of the team registry's external parties table; <see cref="Kind"/> is "system" or "external".</summary>
public sealed record RegistryExternal(string Name, string Kind, IReadOnlyList<string> Aliases, SourceRef Source);
