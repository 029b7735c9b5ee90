using System.Text;

namespace TeamGraph.Core.Ingestion.Decoding;

/// <summary>A Unicode encoding form found in a file, with the length of the byte order mark that announced it.</summary>
/// <param name="Name">The encoding's name as reported, e.g. <c>utf-16le</c>.</param>
/// <param name="Label">How people call the byte order mark, e.g. <c>UTF-16 LE</c>.</param>
/// <param name="Encoding">The strict encoding for the bytes after the mark.</param>
/// <param name="BomLength">Bytes of byte order mark, 0 when the form was recognised without one.</param>
internal sealed record UnicodeForm(string Name, string Label, Encoding Encoding, int BomLength)
{
    /// <summary>The form announced by a byte order mark at the start of <paramref name="bytes"/>, if any.</summary>
    public static UnicodeForm? FromByteOrderMark(ReadOnlySpan<byte> bytes)
    {
        // UTF-32 LE's mark begins with UTF-16 LE's, so it is tested first.
        if (bytes.StartsWith((ReadOnlySpan<byte>)[0xFF, 0xFE, 0x00, 0x00]))
        {
            return new("utf-32le", "UTF-32 LE", StrictEncodings.Utf32LittleEndian, 4);
        }

        if (bytes.StartsWith((ReadOnlySpan<byte>)[0x00, 0x00, 0xFE, 0xFF]))
        {
            return new("utf-32be", "UTF-32 BE", StrictEncodings.Utf32BigEndian, 4);
        }

        if (bytes.StartsWith((ReadOnlySpan<byte>)[0xEF, 0xBB, 0xBF]))
        {
            return new("utf-8", "UTF-8", StrictEncodings.Utf8, 3);
        }

        if (bytes.StartsWith((ReadOnlySpan<byte>)[0xFF, 0xFE]))
        {
            return new("utf-16le", "UTF-16 LE", StrictEncodings.Utf16LittleEndian, 2);
        }

        return bytes.StartsWith((ReadOnlySpan<byte>)[0xFE, 0xFF])
            ? new("utf-16be", "UTF-16 BE", StrictEncodings.Utf16BigEndian, 2)
            : null;
    }

    /// <summary>
    /// UTF-16 without a byte order mark, recognised by its zero bytes: every ASCII character (spaces, line ends,
    /// Markdown punctuation) puts a zero in the high byte of its code unit, and almost nothing puts one in the low byte.
    /// </summary>
    public static UnicodeForm? FromZeroBytePattern(ReadOnlySpan<byte> bytes)
    {
        if (bytes.Length < 2 || bytes.Length % 2 != 0)
        {
            return null;
        }

        int zerosAtEven = 0, zerosAtOdd = 0;
        for (var i = 0; i < bytes.Length; i += 2)
        {
            zerosAtEven += bytes[i] == 0 ? 1 : 0;
            zerosAtOdd += bytes[i + 1] == 0 ? 1 : 0;
        }

        var codeUnits = bytes.Length / 2;
        if (IsHighByteZeroPattern(zerosAtOdd, zerosAtEven, codeUnits))
        {
            return new("utf-16le", "UTF-16 LE", StrictEncodings.Utf16LittleEndian, 0);
        }

        return IsHighByteZeroPattern(zerosAtEven, zerosAtOdd, codeUnits)
            ? new("utf-16be", "UTF-16 BE", StrictEncodings.Utf16BigEndian, 0)
            : null;
    }

    private static bool IsHighByteZeroPattern(int highZeros, int lowZeros, int codeUnits) =>
        highZeros * 20 >= codeUnits && lowZeros * 10 <= highZeros;
}
