using System.Collections.Frozen;
using System.Text;

namespace TeamGraph.Core.Ingestion.Mermaid.Html;

/// <summary>
/// HTML's character references (<c>&amp;amp;</c>, <c>&amp;ap;</c>, <c>&amp;#9829;</c>, <c>&amp;#x2665;</c>) turned into the
/// characters they stand for, as a browser's tokenizer reads them: every named reference of the standard, the legacy
/// names also without their ';' (<c>&amp;amp 2</c> is "&amp; 2"), the longest name winning (<c>&amp;notit;</c> is "¬it;"), and
/// numeric references with the standard's replacements (0, surrogates and values past U+10FFFF become U+FFFD, 0x80-0x9F
/// are read as windows-1252). Anything else stays as written. One forward scan.
/// </summary>
internal static class HtmlCharacterReferences
{
    private const int LongestLegacyName = 6;

    private static readonly FrozenDictionary<string, string>.AlternateLookup<ReadOnlySpan<char>> Names =
        HtmlNamedCharacterReferences.ByName.GetAlternateLookup<ReadOnlySpan<char>>();

    // What 0x80-0x9F mean in a numeric reference: the windows-1252 characters, where it has one.
    private static readonly char[] Windows1252 =
    [
        '\u20AC', '\u0081', '\u201A', '\u0192', '\u201E', '\u2026', '\u2020', '\u2021', '\u02C6', '\u2030', '\u0160', '\u2039', '\u0152', '\u008D', '\u017D', '\u008F',
        '\u0090', '\u2018', '\u2019', '\u201C', '\u201D', '\u2022', '\u2013', '\u2014', '\u02DC', '\u2122', '\u0161', '\u203A', '\u0153', '\u009D', '\u017E', '\u0178',
    ];

    /// <summary>
    /// The text with its references decoded. In an attribute value (<paramref name="inAttribute"/>) a legacy name without
    /// its ';' followed by '=' or a letter or digit stays as written, as the standard says.
    /// </summary>
    public static string Decode(string text, bool inAttribute = false)
    {
        var amp = text.IndexOf('&', StringComparison.Ordinal);
        if (amp < 0)
        {
            return text;
        }

        var decoded = new StringBuilder(text.Length);
        var copied = 0;
        while (amp >= 0)
        {
            var (end, value) = ReferenceAt(text, amp, inAttribute);
            if (value is not null)
            {
                decoded.Append(text, copied, amp - copied).Append(value);
                copied = end;
            }

            amp = text.IndexOf('&', Math.Max(end, amp + 1));
        }

        return decoded.Append(text, copied, text.Length - copied).ToString();
    }

    /// <summary>The reference starting at the '&amp;' at <paramref name="amp"/>: where it ends and what it means, or a null value.</summary>
    private static (int End, string? Value) ReferenceAt(string text, int amp, bool inAttribute)
    {
        var p = amp + 1;
        if (p < text.Length && text[p] == '#')
        {
            return NumericReferenceAt(text, p + 1);
        }

        var nameEnd = p;
        while (nameEnd < text.Length && nameEnd - p < HtmlNamedCharacterReferences.LongestName && char.IsAsciiLetterOrDigit(text[nameEnd]))
        {
            nameEnd++;
        }

        if (nameEnd == p)
        {
            return (p, null);
        }

        if (nameEnd < text.Length && text[nameEnd] == ';' && Names.TryGetValue(text.AsSpan(p, nameEnd - p + 1), out var full))
        {
            return (nameEnd + 1, full);
        }

        for (var length = Math.Min(nameEnd - p, LongestLegacyName); length >= 2; length--)
        {
            if (Names.TryGetValue(text.AsSpan(p, length), out var legacy))
            {
                var next = p + length < text.Length ? text[p + length] : '\0';
                return inAttribute && (next == '=' || char.IsAsciiLetterOrDigit(next)) ? (p + length, null) : (p + length, legacy);
            }
        }

        return (nameEnd, null);
    }

    private static (int End, string? Value) NumericReferenceAt(string text, int p)
    {
        var hex = p < text.Length && text[p] is 'x' or 'X';
        var digitsStart = hex ? p + 1 : p;
        var end = digitsStart;
        long value = 0;
        while (end < text.Length && (hex ? char.IsAsciiHexDigit(text[end]) : char.IsAsciiDigit(text[end])))
        {
            var digit = char.IsAsciiDigit(text[end]) ? text[end] - '0' : (text[end] | 0x20) - 'a' + 10;
            value = Math.Min(value * (hex ? 16 : 10) + digit, 0x110000);
            end++;
        }

        if (end == digitsStart)
        {
            return (p, null);
        }

        if (end < text.Length && text[end] == ';')
        {
            end++;
        }

        return (end, value switch
        {
            0 or > 0x10FFFF or (>= 0xD800 and <= 0xDFFF) => "\uFFFD",
            >= 0x80 and <= 0x9F => Windows1252[value - 0x80].ToString(),
            _ => char.ConvertFromUtf32((int)value),
        });
    }
}
