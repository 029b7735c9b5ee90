using System.Text;

namespace TeamGraph.Core.Ingestion.Decoding;

/// <summary>A single-byte code page that UTF-8 bytes are commonly mis-decoded with.</summary>
/// <param name="DisplayName">The name people know it by, e.g. <c>Mac Roman</c>.</param>
/// <param name="Encoding">The strict encoding, used to turn the mojibake back into the original bytes.</param>
/// <param name="Variants">
/// Characters that other tools' tables of the same code page use for a byte, paired with the character .NET's table
/// uses for it; they encode to the same byte.
/// </param>
internal sealed record MojibakeCodePage(string DisplayName, Encoding Encoding, IReadOnlyList<(char Other, char Ours)> Variants)
{
    private Dictionary<char, byte>? _byteOf;

    /// <summary>The code pages tried, in order of preference when two give the same text.</summary>
    public static IReadOnlyList<MojibakeCodePage> All { get; } =
    [
        // Apple's current Mac Roman table (used by macOS, Python and most converters) has Greek Omega at 0xBD where
        // .NET's code page 10000 has the Ohm sign; Russian "н" (D0 BD) makes this byte common in Cyrillic mojibake.
        new("Mac Roman", StrictEncodings.MacRoman, [('\u03A9', '\u2126')]),
        new("cp1252", StrictEncodings.Windows1252, []),
        new("latin-1", StrictEncodings.Latin1, []),
    ];

    /// <summary>
    /// The bytes <paramref name="text"/> was decoded from, or <see langword="null"/> if a character has none. A table
    /// lookup rather than the encoder's exception fallback: most texts tried here are not this code page's mojibake,
    /// and an exception per try made decoding a large folder several times slower.
    /// </summary>
    public byte[]? TryEncode(string text)
    {
        var byteOf = _byteOf ??= BuildTable();
        var bytes = new byte[text.Length];
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (c < 0x80)
            {
                bytes[i] = (byte)c;
            }
            else if (byteOf.TryGetValue(c, out var b))
            {
                bytes[i] = b;
            }
            else
            {
                return null;
            }
        }

        return bytes;
    }

    private Dictionary<char, byte> BuildTable()
    {
        var table = new Dictionary<char, byte>();
        for (var b = 0x80; b <= 0xFF; b++)
        {
            if (StrictEncodings.TryDecode(Encoding, [(byte)b]) is [var c])
            {
                table[c] = (byte)b;
            }
        }

        foreach (var (other, ours) in Variants)
        {
            if (table.TryGetValue(ours, out var b))
            {
                table[other] = b;
            }
        }

        return table;
    }
}
