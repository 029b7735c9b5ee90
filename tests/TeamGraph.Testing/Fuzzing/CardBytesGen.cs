using System.Text;
using CsCheck;

namespace TeamGraph.Testing.Fuzzing;

/// <summary>
/// Turns card text into the bytes real folders hold: UTF-8 with or without a BOM, UTF-16 either way round with or
/// without a BOM, cp1251, the seed's own Mac Roman mojibake (UTF-8 read as Mac Roman and saved again as UTF-8), cp1252
/// mojibake, and invalid UTF-8 (stray bytes, a cut multi-byte sequence, NULs); line ends LF, CRLF, CR or mixed.
/// </summary>
public static class CardBytesGen
{
    /// <summary>How a card's text is encoded.</summary>
    public enum Encoding
    {
        Utf8,
        Utf8Bom,
        Utf16LeBom,
        Utf16BeBom,
        Utf16LeNoBom,
        Cp1251,
        MacRomanMojibake,
        Cp1252Mojibake,
        InvalidUtf8,
    }

    /// <summary>How lines end.</summary>
    public enum LineEnd
    {
        Lf,
        CrLf,
        Cr,
        Mixed,
    }

    private static readonly System.Text.Encoding Utf8 = new UTF8Encoding(false);

    static CardBytesGen() => System.Text.Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);

    /// <summary>Mostly plain UTF-8, as most real folders are, and every other encoding often enough.</summary>
    public static readonly Gen<Encoding> Encodings = Gen.Frequency<Encoding>(
        (6, Gen.Const(Encoding.Utf8)),
        (1, Gen.Const(Encoding.Utf8Bom)),
        (1, Gen.Const(Encoding.Utf16LeBom)),
        (1, Gen.Const(Encoding.Utf16BeBom)),
        (1, Gen.Const(Encoding.Utf16LeNoBom)),
        (1, Gen.Const(Encoding.Cp1251)),
        (2, Gen.Const(Encoding.MacRomanMojibake)),
        (1, Gen.Const(Encoding.Cp1252Mojibake)),
        (2, Gen.Const(Encoding.InvalidUtf8)));

    /// <summary>LF mostly.</summary>
    public static readonly Gen<LineEnd> LineEnds = Gen.Frequency<LineEnd>(
        (6, Gen.Const(LineEnd.Lf)), (2, Gen.Const(LineEnd.CrLf)), (1, Gen.Const(LineEnd.Cr)), (1, Gen.Const(LineEnd.Mixed)));

    /// <summary>A card's bytes, and a short description of how they were made (for failure reports).</summary>
    public static readonly Gen<(byte[] Bytes, string How)> Card = Gen.Select(
        RoleCardGen.Card, Encodings, LineEnds, Gen.Int[0, int.MaxValue],
        (text, encoding, lineEnd, noise) => (Encode(EndLines(text, lineEnd, noise), encoding, noise), $"{encoding}, {lineEnd}"));

    /// <summary>Ends lines of <paramref name="text"/> (written with <c>\n</c>) as <paramref name="lineEnd"/> says.</summary>
    public static string EndLines(string text, LineEnd lineEnd, int noise) => lineEnd switch
    {
        LineEnd.CrLf => text.Replace("\n", "\r\n", StringComparison.Ordinal),
        LineEnd.Cr => text.Replace("\n", "\r", StringComparison.Ordinal),
        LineEnd.Mixed => string.Concat(text.Split('\n').Select((line, i) => line + (((noise >> (i % 30)) & 1) == 0 ? "\n" : "\r\n"))),
        _ => text,
    };

    /// <summary>Encodes <paramref name="text"/>; <paramref name="noise"/> decides where invalid bytes go.</summary>
    public static byte[] Encode(string text, Encoding encoding, int noise) => encoding switch
    {
        Encoding.Utf8Bom => [0xEF, 0xBB, 0xBF, .. Utf8.GetBytes(text)],
        Encoding.Utf16LeBom => [0xFF, 0xFE, .. System.Text.Encoding.Unicode.GetBytes(text)],
        Encoding.Utf16BeBom => [0xFE, 0xFF, .. System.Text.Encoding.BigEndianUnicode.GetBytes(text)],
        Encoding.Utf16LeNoBom => System.Text.Encoding.Unicode.GetBytes(text),
        Encoding.Cp1251 => System.Text.Encoding.GetEncoding(1251).GetBytes(text),
        Encoding.MacRomanMojibake => Utf8.GetBytes(System.Text.Encoding.GetEncoding(10000).GetString(Utf8.GetBytes(text))),
        Encoding.Cp1252Mojibake => Utf8.GetBytes(System.Text.Encoding.GetEncoding(1252).GetString(Utf8.GetBytes(text))),
        Encoding.InvalidUtf8 => Corrupt(Utf8.GetBytes(text), noise),
        _ => Utf8.GetBytes(text),
    };

    private static byte[] Corrupt(byte[] bytes, int noise)
    {
        var random = new Random(noise);
        var corrupted = bytes.ToList();
        for (var i = random.Next(1, 6); i > 0; i--)
        {
            var at = random.Next(corrupted.Count + 1);
            byte[] junk = random.Next(5) switch
            {
                0 => [0xFF],
                1 => [0xC0, 0xAF], // overlong '/'
                2 => [0xED, 0xA0, 0x80], // an encoded surrogate
                3 => [0x00],
                _ => [(byte)random.Next(0x80, 0x100)],
            };
            corrupted.InsertRange(at, junk);
        }

        if (random.Next(3) == 0)
        {
            corrupted.AddRange([0xD0]); // a two-byte sequence cut at the end of the file
        }

        return [.. corrupted];
    }
}
