using TeamGraph.Core.Diagnostics;

namespace TeamGraph.Core.Ingestion.Decoding;

/// <summary>
/// A file turned into text: BOM removed, line ends normalised to <c>\n</c>, mojibake repaired. Line numbers are
/// those of the original file. <see cref="Text"/> is <see langword="null"/> when the file was refused (binary, unreadable; an empty file gives "" and a warning).
/// </summary>
/// <param name="Path">The document's path relative to the ingested folder, with <c>/</c> separators.</param>
/// <param name="Text">The decoded text, or <see langword="null"/> when the file was refused.</param>
/// <param name="EncodingName">What the bytes were read as, e.g. <c>utf-8</c>, <c>windows-1251</c>, <c>utf-16le</c>.</param>
/// <param name="Repair">The repair applied, e.g. <c>mojibake: UTF-8 read as Mac Roman</c>, or <see langword="null"/>.</param>
/// <param name="Diagnostics">What decoding did or refused, as diagnostics (repairs are <c>Info</c>).</param>
public sealed record DecodedDocument(
    string Path,
    string? Text,
    string EncodingName,
    string? Repair,
    IReadOnlyList<Diagnostic> Diagnostics);
