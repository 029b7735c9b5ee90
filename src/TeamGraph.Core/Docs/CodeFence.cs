namespace TeamGraph.Core.Docs;

/// <summary>
/// A fenced code block being read (CommonMark: three or more backticks or tildes, indented at most three spaces), so
/// that markers shown inside code are left alone.
/// </summary>
/// <param name="Marker">The fence character.</param>
/// <param name="Length">How many of it opened the block; a closing fence needs at least as many.</param>
internal sealed record CodeFence(char Marker, int Length)
{
    /// <summary>The fence <paramref name="line"/> opens, or <see langword="null"/>.</summary>
    public static CodeFence? Opening(string line)
    {
        var text = Unindented(line);
        if (text is null || text.Length < 3 || (text[0] != '`' && text[0] != '~'))
        {
            return null;
        }

        var length = Run(text, text[0]);
        // A backtick fence's info string may not contain backticks (CommonMark 4.5).
        return length < 3 || (text[0] == '`' && text.AsSpan(length).Contains('`')) ? null : new CodeFence(text[0], length);
    }

    /// <summary>Whether <paramref name="line"/> closes this block.</summary>
    public bool IsClosedBy(string line)
    {
        var text = Unindented(line);
        if (text is null)
        {
            return false;
        }

        var length = Run(text, Marker);
        return length >= Length && text.AsSpan(length).IsWhiteSpace();
    }

    /// <summary>The line without up to three leading spaces, or <see langword="null"/> when it is indented further.</summary>
    public static string? Unindented(string line)
    {
        var spaces = 0;
        while (spaces < line.Length && line[spaces] == ' ')
        {
            spaces++;
        }

        return spaces > 3 || (spaces < line.Length && line[spaces] == '\t') ? null : line[spaces..];
    }

    private static int Run(string text, char marker)
    {
        var length = 0;
        while (length < text.Length && text[length] == marker)
        {
            length++;
        }

        return length;
    }
}
