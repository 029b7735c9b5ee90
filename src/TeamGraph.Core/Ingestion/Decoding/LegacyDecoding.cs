namespace TeamGraph.Core.Ingestion.Decoding;

/// <summary>A file read in a legacy single-byte encoding.</summary>
/// <param name="EncodingName">The encoding's web name, e.g. <c>windows-1251</c>.</param>
/// <param name="Text">The decoded text.</param>
/// <param name="IsGuess">Whether the encoding is a guess rather than a confident detection.</param>
/// <param name="Explanation">Why this encoding was chosen, for the diagnostic.</param>
internal sealed record LegacyDecoding(string EncodingName, string Text, bool IsGuess, string Explanation);
