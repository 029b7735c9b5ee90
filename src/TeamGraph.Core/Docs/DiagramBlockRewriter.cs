using TeamGraph.Core.Diagrams;

namespace TeamGraph.Core.Docs;

/// <summary>
/// Writes diagrams into blocks: the content of a block is one fenced code block in the diagram's language, with the
/// block's own line ends; everything outside the blocks is kept byte for byte. Pure: strings in, string out.
/// </summary>
public static class DiagramBlockRewriter
{
    /// <summary>The fence's info string for <paramref name="format"/>: <c>mermaid</c>, <c>dot</c> or <c>plantuml</c>.</summary>
    public static string Language(DiagramFormat format) => format switch
    {
        DiagramFormat.Mermaid => "mermaid",
        DiagramFormat.Dot => "dot",
        DiagramFormat.PlantUml => "plantuml",
        _ => throw new ArgumentOutOfRangeException(nameof(format), format, "Not a diagram format."),
    };

    /// <summary>
    /// The content of a block showing <paramref name="diagram"/>: a fence longer than any backtick run that starts a
    /// line of the diagram, the diagram without trailing blank lines, the closing fence, each line ended with
    /// <paramref name="lineEnding"/>.
    /// </summary>
    public static string Render(DiagramFormat format, string diagram, string lineEnding)
    {
        ArgumentNullException.ThrowIfNull(diagram);
        var lines = diagram.ReplaceLineEndings("\n").TrimEnd('\n').Split('\n');
        var fence = new string('`', Math.Max(3, lines.Max(LeadingBackticks) + 1));
        return string.Concat(fence, Language(format), lineEnding, string.Join(lineEnding, lines), lineEnding, fence, lineEnding);
    }

    /// <summary>
    /// <paramref name="text"/> with the content of each updated block replaced; the blocks must come from scanning
    /// <paramref name="text"/> itself.
    /// </summary>
    public static string Rewrite(string text, IEnumerable<DiagramBlockUpdate> updates)
    {
        ArgumentNullException.ThrowIfNull(text);
        var result = new System.Text.StringBuilder(text.Length);
        var copied = 0;
        foreach (var update in updates.OrderBy(u => u.Block.ContentStart))
        {
            var block = update.Block;
            if (block.ContentStart < copied || block.ContentStart + block.Content.Length > text.Length
                || string.CompareOrdinal(text, block.ContentStart, block.Content, 0, block.Content.Length) != 0)
            {
                throw new ArgumentException($"The block at line {block.Line} was not scanned from this text.", nameof(updates));
            }

            result.Append(text, copied, block.ContentStart - copied).Append(update.Content);
            copied = block.ContentStart + block.Content.Length;
        }

        return result.Append(text, copied, text.Length - copied).ToString();
    }

    private static int LeadingBackticks(string line)
    {
        var text = line.TrimStart();
        var count = 0;
        while (count < text.Length && text[count] == '`')
        {
            count++;
        }

        return count;
    }
}
