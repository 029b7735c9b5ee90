namespace TeamGraph.Core.Queries;

/// <summary>One searchable text of the <see cref="SearchIndex"/>, normalised once.</summary>
internal sealed record SearchEntry(SearchHitKind Kind, string NodeId, string Text, string NormalizedText, IReadOnlyList<string> ActorIds, string Source);
