using System.Globalization;
using TeamGraph.Core.Diagnostics;

namespace TeamGraph.Core.Ingestion.Markdown;

/// <summary>
/// Blanks the lines that nest lists or block quotes too deep, before Markdig sees them: Markdig refuses a
/// document whose containers nest past 128 and would otherwise lose the whole card. Depth is counted as
/// Markdig counts containers: a block quote is one, a list level two (the list and its item). Blanking keeps
/// the line numbers of everything else.
/// </summary>
internal static class NestingGuard
{
    /// <summary>The deepest container nesting kept: 64, so 32 list levels or 64 quote levels.</summary>
    public const int MaxDepth = 64;

    /// <summary>Blanks too-deep lines in place, reporting each run once; true when any line was blanked.</summary>
    public static bool Apply(string[] lines, string path, ICollection<Diagnostic> diagnostics)
    {
        var listColumns = new List<int>();
        var fence = new FenceTracker();
        var runStart = -1;
        var changed = false;
        for (var i = 0; i <= lines.Length; i++)
        {
            var tooDeep = i < lines.Length && !fence.IsCode(lines[i]) && Depth(lines[i], listColumns) > MaxDepth;
            if (tooDeep)
            {
                runStart = runStart < 0 ? i : runStart;
                lines[i] = string.Empty;
                changed = true;
            }
            else if (runStart >= 0)
            {
                diagnostics.Add(new Diagnostic(
                    DiagnosticSeverity.Error,
                    MarkdownDiagnosticCodes.NestingTooDeep,
                    path,
                    runStart + 1,
                    string.Create(CultureInfo.InvariantCulture, $"Lists or block quotes nest deeper than {MaxDepth} levels on lines {runStart + 1}-{i}; those lines were left out.")));
                runStart = -1;
            }
        }

        return changed;
    }

    private static int Depth(string line, List<int> listColumns)
    {
        var position = 0;
        var quotes = 0;
        while (SkipSpaces(line, ref position) && line[position] == '>')
        {
            quotes++;
            position++;
        }

        if (position >= line.Length)
        {
            return quotes + (2 * listColumns.Count);
        }

        var column = position;
        var markers = 0;
        while (SkipSpaces(line, ref position) && ListMarkerLength(line, position) is var length and > 0)
        {
            markers++;
            position += length;
        }

        listColumns.RemoveAll(open => open >= column);
        if (markers > 0)
        {
            listColumns.Add(column);
        }

        return quotes + (2 * (listColumns.Count + Math.Max(0, markers - 1)));
    }

    private static bool SkipSpaces(string line, ref int position)
    {
        while (position < line.Length && (line[position] == ' ' || line[position] == '\t'))
        {
            position++;
        }

        return position < line.Length;
    }

    private static int ListMarkerLength(string line, int position)
    {
        var end = position;
        if (line[end] is '-' or '*' or '+')
        {
            end++;
        }
        else
        {
            while (end < line.Length && end - position < 9 && char.IsAsciiDigit(line[end]))
            {
                end++;
            }

            if (end == position || end >= line.Length || line[end] is not ('.' or ')'))
            {
                return 0;
            }

            end++;
        }

        return end == line.Length || line[end] is ' ' or '\t' ? end - position : 0;
    }
}
