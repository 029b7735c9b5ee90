using System.Globalization;
using System.Text;
using TeamGraph.Core.Diagnostics;

namespace TeamGraph.Core.Ingestion.Markdown;

/// <summary>
/// Escapes the link and emphasis delimiters (<c>[</c>, <c>*</c>, <c>_</c>) of a paragraph that holds too many, before
/// Markdig sees it. Markdig's inline parser is quadratic in the delimiters of one inline run and cannot be cancelled:
/// 16 000 <c>[a](</c> on one line take 2.6 s, 80 000 take about a minute; 4 000 <c>_a*</c> spread over a paragraph take
/// 0.5 s. Real cards hold under 200 in a whole document. A paragraph is a run of non-blank lines (a pipe table is one
/// run, and Markdig parses it as one inline run); fenced code is not counted unless a fence is doubtful, since a fence
/// this guard would see and Markdig would not is the way around it. Escaping keeps every line where it was.
/// </summary>
internal static class InlineDelimiterGuard
{
    /// <summary>The most delimiters one paragraph keeps: 1 000 cost Markdig about 30 ms at worst.</summary>
    public const int MaxPerParagraph = 1_000;

    /// <summary>
    /// The most work a document may ask of Markdig, as the sum over its paragraphs of their delimiters squared (the
    /// parser's cost grows so): 100 million, a hundred paragraphs at the limit, about 3 s at worst. Past it the
    /// paragraphs with the most delimiters are escaped first, so many paragraphs just under the limit cannot add up,
    /// while a 5 MB card of ordinary tables (a few hundred delimiters a paragraph) keeps all its links and bold text.
    /// </summary>
    public const long MaxDocumentCost = 100_000_000;

    /// <summary>Escapes the delimiters of paragraphs over the limits in place, reporting each; true when any line changed.</summary>
    public static bool Apply(string[] lines, string path, ICollection<Diagnostic> diagnostics)
    {
        var paragraphs = Paragraphs(lines);
        var escaped = paragraphs.Where(p => p.Delimiters > MaxPerParagraph).ToHashSet();
        var cost = paragraphs.Where(p => !escaped.Contains(p)).Sum(p => (long)p.Delimiters * p.Delimiters);
        var documentWide = new HashSet<(int Start, int End, int Delimiters)>();
        foreach (var paragraph in paragraphs.Where(p => !escaped.Contains(p)).OrderByDescending(p => p.Delimiters).ThenBy(p => p.Start))
        {
            if (cost <= MaxDocumentCost)
            {
                break;
            }

            cost -= (long)paragraph.Delimiters * paragraph.Delimiters;
            escaped.Add(paragraph);
            documentWide.Add(paragraph);
        }

        foreach (var paragraph in paragraphs.Where(escaped.Contains))
        {
            var (start, end, delimiters) = paragraph;
            for (var i = start; i < end; i++)
            {
                lines[i] = Escape(lines[i]);
            }

            diagnostics.Add(new Diagnostic(
                DiagnosticSeverity.Warning,
                MarkdownDiagnosticCodes.TooManyInlineDelimiters,
                path,
                start + 1,
                documentWide.Contains(paragraph)
                    ? string.Create(CultureInfo.InvariantCulture, $"Lines {start + 1}-{end} hold {delimiters} link or emphasis delimiters ([ * _), and the document too many in all for Markdig to parse in time; they were read as plain text.")
                    : string.Create(CultureInfo.InvariantCulture, $"Lines {start + 1}-{end} hold {delimiters} link or emphasis delimiters ([ * _), more than {MaxPerParagraph} in one paragraph; they were read as plain text.")));
        }

        return escaped.Count > 0;
    }

    private static List<(int Start, int End, int Delimiters)> Paragraphs(string[] lines)
    {
        var paragraphs = new List<(int, int, int)>();
        var start = -1;
        var delimiters = 0;
        var fence = '\0';
        var fenceLength = 0;
        for (var i = 0; i <= lines.Length; i++)
        {
            var line = i < lines.Length ? lines[i] : string.Empty;
            bool inCode;
            if (fenceLength > 0)
            {
                inCode = true;
                CloseFence(line, ref fence, ref fenceLength);
            }
            else
            {
                inCode = IsFence(line, ref fence, ref fenceLength);
            }

            if (!inCode && !string.IsNullOrWhiteSpace(line))
            {
                start = start < 0 ? i : start;
                delimiters += Count(line);
            }
            else if (start >= 0)
            {
                paragraphs.Add((start, i, delimiters));
                start = -1;
                delimiters = 0;
            }
        }

        return paragraphs;
    }

    // A fence as CommonMark has it at the top level: at most three spaces in, three or more ` or ~, and no ` after a
    // backtick fence. Anything doubtful is not a fence, so its lines are counted.
    private static bool IsFence(string line, ref char fence, ref int fenceLength)
    {
        var indent = line.Length - line.AsSpan().TrimStart(' ').Length;
        var text = line.AsSpan(indent);
        if (indent > 3 || text.Length < 3 || text[0] is not ('`' or '~'))
        {
            return false;
        }

        var length = text.Length - text.TrimStart(text[0]).Length;
        if (length < 3 || (text[0] == '`' && text[length..].Contains('`')))
        {
            return false;
        }

        fence = text[0];
        fenceLength = length;
        return true;
    }

    private static void CloseFence(string line, ref char fence, ref int fenceLength)
    {
        var indent = line.Length - line.AsSpan().TrimStart(' ').Length;
        var text = line.AsSpan(indent);
        var length = text.Length - text.TrimStart(fence).Length;
        if (indent <= 3 && length >= fenceLength && text[length..].IsWhiteSpace())
        {
            fence = '\0';
            fenceLength = 0;
        }
    }

    private static int Count(string line)
    {
        var count = 0;
        foreach (var c in line)
        {
            if (c is '[' or '*' or '_')
            {
                count++;
            }
        }

        return count;
    }

    private static string Escape(string line)
    {
        var escaped = new StringBuilder(line.Length + 16);
        for (var i = 0; i < line.Length; i++)
        {
            var c = line[i];
            if (c == '\\' && i + 1 < line.Length)
            {
                // An escape pair stays as it is: "\\[" is an escaped backslash and then a live bracket, which is escaped next.
                escaped.Append(c).Append(line[++i]);
            }
            else if (c is '[' or '*' or '_')
            {
                escaped.Append('\\').Append(c);
            }
            else
            {
                escaped.Append(c);
            }
        }

        return escaped.ToString();
    }
}
