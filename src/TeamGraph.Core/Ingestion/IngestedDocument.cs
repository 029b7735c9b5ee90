using TeamGraph.Core.Ingestion.Building;

namespace TeamGraph.Core.Ingestion;

/// <summary>One document as this ingest read and parsed it.</summary>
/// <param name="Path">The path relative to the folder.</param>
/// <param name="Source">The parsed document; <see cref="SourceDocument.StaleReason"/> is set when it is a last good version.</param>
/// <param name="Text">The decoded text of the team registry, which is read after every card; <see langword="null"/> for every other document, whose text is dropped once it is parsed.</param>
/// <param name="Kept">What the next ingest keeps of it, the bytes it was parsed from; null unless <see cref="IngestionOptions.KeepLastGood"/>.</param>
internal sealed record IngestedDocument(string Path, SourceDocument Source, string? Text, KeptDocument? Kept);
