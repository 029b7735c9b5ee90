namespace TeamGraph.Core.Docs;

/// <summary>One line of a document, without and with its line end.</summary>
/// <param name="Number">1-based.</param>
/// <param name="Start">Offset of its first character in the document.</param>
/// <param name="Text">The line without its line end.</param>
/// <param name="Ending"><c>\n</c>, <c>\r\n</c>, <c>\r</c>, or empty on a last line without one.</param>
internal sealed record MarkdownLine(int Number, int Start, string Text, string Ending)
{
    /// <summary>Offset just after the line end.</summary>
    public int End => Start + Text.Length + Ending.Length;

    /// <summary>Every line of <paramref name="text"/>; an empty text has none, a final line end adds no empty line.</summary>
    public static IEnumerable<MarkdownLine> Split(string text)
    {
        var start = 0;
        var number = 1;
        while (start < text.Length)
        {
            var end = text.AsSpan(start).IndexOfAny('\r', '\n');
            if (end < 0)
            {
                yield return new MarkdownLine(number, start, text[start..], "");
                yield break;
            }

            end += start;
            var endingLength = text[end] == '\r' && end + 1 < text.Length && text[end + 1] == '\n' ? 2 : 1;
            yield return new MarkdownLine(number++, start, text[start..end], text.Substring(end, endingLength));
            start = end + endingLength;
        }
    }
}
