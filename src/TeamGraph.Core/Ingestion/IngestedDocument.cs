using TeamGraph.Core.Ingestion.Building;

namespace TeamGraph.Core.Ingestion;

/// <summary>
/// One document as an ingest used it: what the next ingest needs to keep it when it no longer loads (the last good
/// version) and to tell that a file is still being written (shorter, cut mid-line).
/// </summary>
/// <param name="Path">The path relative to the folder.</param>
/// <param name="Source">The parsed document; <see cref="SourceDocument.StaleReason"/> is set when it is a last good version.</param>
/// <param name="Text">The decoded text of the team registry, which is read after every card; <see langword="null"/> for every other document, whose text is dropped once it is parsed.</param>
/// <param name="ByteLength">How many bytes the file held.</param>
/// <param name="EndsWithNewline">Whether its last byte was a line feed.</param>
public sealed record IngestedDocument(string Path, SourceDocument Source, string? Text, long ByteLength, bool EndsWithNewline);
