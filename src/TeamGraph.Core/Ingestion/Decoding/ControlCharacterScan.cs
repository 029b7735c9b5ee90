namespace TeamGraph.Core.Ingestion.Decoding;

/// <summary>Control characters in decoded text, other than tab, line feed, carriage return and form feed.</summary>
/// <param name="Count">How many there are.</param>
/// <param name="FirstLine">1-based line of the first one, or <see langword="null"/> when there is none.</param>
internal readonly record struct ControlCharacterScan(int Count, int? FirstLine)
{
    /// <summary>Scans <paramref name="text"/>, whose line ends are already LF.</summary>
    public static ControlCharacterScan Of(string text)
    {
        int count = 0, line = 1;
        int? firstLine = null;
        foreach (var c in text)
        {
            if (c == '\n')
            {
                line++;
            }
            else if (char.IsControl(c) && c is not '\t' and not '\r' and not '\f')
            {
                count++;
                firstLine ??= line;
            }
        }

        return new(count, firstLine);
    }

    /// <summary>Whether control characters are so common (over 5% of the text) that this cannot be a document.</summary>
    public bool IsHeavyFor(string text) => Count > 0 && Count * 20L > text.Length;
}
