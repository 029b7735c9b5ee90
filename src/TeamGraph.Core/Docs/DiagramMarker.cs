namespace TeamGraph.Core.Docs;

/// <summary>What one line is to the scanner: an opening or closing marker, a broken marker, or nothing.</summary>
internal abstract record DiagramMarker
{
    private const string CommentStart = "<!--";
    private const string CommentEnd = "-->";
    private const string OpeningPrefix = "teamgraph:";

    /// <summary>The marker on <paramref name="line"/>, or <see langword="null"/> when it is not a <c>teamgraph</c> marker.</summary>
    public static DiagramMarker? Read(string line)
    {
        var text = CodeFence.Unindented(line)?.TrimEnd();
        if (text is null || !text.StartsWith(CommentStart, StringComparison.Ordinal))
        {
            return null;
        }

        var afterStart = text[CommentStart.Length..].TrimStart();
        // Only comments that start like a teamgraph marker are markers; any other comment is the author's own.
        var keyword = afterStart.StartsWith('/') ? DiagramBlockScanner.ClosingKeyword : OpeningPrefix;
        if (!afterStart.StartsWith(keyword, StringComparison.Ordinal))
        {
            return null;
        }

        if (!text.EndsWith(CommentEnd, StringComparison.Ordinal) || text.Length < CommentStart.Length + CommentEnd.Length)
        {
            return new Malformed($"The marker must end with {CommentEnd} on the same line.");
        }

        var inner = text[CommentStart.Length..^CommentEnd.Length].Trim();
        if (inner == DiagramBlockScanner.ClosingKeyword)
        {
            return new Closing();
        }

        var opening = DiagramBlockScanner.OpeningKeyword;
        if (!inner.StartsWith(opening, StringComparison.Ordinal) || (inner.Length > opening.Length && !char.IsWhiteSpace(inner[opening.Length])))
        {
            return new Malformed($"Unknown marker '<!-- {inner} -->'; expected <!-- {opening} OPTIONS --> or {DiagramBlockScanner.ClosingMarker}.");
        }

        var options = inner[opening.Length..].Trim();
        return MarkerArguments.Split(options) is { } arguments
            ? new Opening(options, arguments)
            : new Malformed($"The options '{options}' have an unclosed quote.");
    }

    /// <summary><c>&lt;!-- teamgraph:diagram OPTIONS --&gt;</c>.</summary>
    public sealed record Opening(string OptionsText, IReadOnlyList<string> Arguments) : DiagramMarker;

    /// <summary><c>&lt;!-- /teamgraph --&gt;</c>.</summary>
    public sealed record Closing : DiagramMarker;

    /// <summary>Looks like a marker but cannot be read.</summary>
    public sealed record Malformed(string Reason) : DiagramMarker;
}
