using System.Globalization;
using System.Text;

namespace TeamGraph.Api.Http.Logging;

/// <summary>
/// Makes a client-supplied string safe to write into a log line: a client must not be able to start a new line, forge
/// another entry, move the cursor or recolour a terminal (ANSI escapes), reorder text (bidirectional controls) or flood
/// the log.
/// </summary>
internal static class LogValue
{
    /// <summary>The most characters of one value kept; the rest is replaced by <c>…(+N)</c>.</summary>
    public const int MaxLength = 200;

    /// <summary>
    /// <paramref name="value"/> with every control character (C0, DEL, C1: newlines, escape, ...), line and paragraph
    /// separator and bidirectional control written as <c>\uXXXX</c>, and backslashes doubled so that the escapes cannot
    /// be mistaken for text; cut at <see cref="MaxLength"/>. <see langword="null"/> stays <see langword="null"/>.
    /// </summary>
    public static string? Escape(string? value)
    {
        if (value is null || (value.Length <= MaxLength && !value.Any(NeedsEscape)))
        {
            return value;
        }

        var kept = Math.Min(value.Length, MaxLength);
        var escaped = new StringBuilder(kept + 16);
        foreach (var c in value.AsSpan(0, kept))
        {
            _ = c == '\\' ? escaped.Append(@"\\")
                : NeedsEscape(c) ? escaped.Append(CultureInfo.InvariantCulture, $"\\u{(int)c:x4}")
                : escaped.Append(c);
        }

        return value.Length > MaxLength ? escaped.Append(CultureInfo.InvariantCulture, $"…(+{value.Length - MaxLength})").ToString() : escaped.ToString();
    }

    private static bool NeedsEscape(char c) =>
        c == '\\' || char.IsControl(c) || c is '\u2028' or '\u2029' or (>= '\u202a' and <= '\u202e') or (>= '\u2066' and <= '\u2069') or '\u200e' or '\u200f';
}
