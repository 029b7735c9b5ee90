using TeamGraph.Core.Cards;

namespace TeamGraph.Core.Ingestion.Resolution;

/// <summary>A party outside the team: <see cref="Kind"/> is "system", "external" or "unknown".</summary>
public sealed record ExternalEntry(string Name, string Kind, SourceRef Source, bool Declared);
