using System.Text;

namespace TeamGraph.Core.Ingestion.Decoding;

/// <summary>A single-byte code page that UTF-8 bytes are commonly mis-decoded with.</summary>
/// <param name="DisplayName">The name people know it by, e.g. <c>Mac Roman</c>.</param>
/// <param name="Encoding">The strict encoding, used to turn the mojibake back into the original bytes.</param>
/// <param name="Variants">
/// Characters that other tools' tables of the same code page use for a byte, paired with the character .NET's table
/// uses for it; they are mapped before re-encoding.
/// </param>
internal sealed record MojibakeCodePage(string DisplayName, Encoding Encoding, IReadOnlyList<(char Other, char Ours)> Variants)
{
    /// <summary>The code pages tried, in order of preference when two give the same text.</summary>
    public static IReadOnlyList<MojibakeCodePage> All { get; } =
    [
        // Apple's current Mac Roman table (used by macOS, Python and most converters) has Greek Omega at 0xBD where
        // .NET's code page 10000 has the Ohm sign; Russian "н" (D0 BD) makes this byte common in Cyrillic mojibake.
        new("Mac Roman", StrictEncodings.MacRoman, [('\u03A9', '\u2126')]),
        new("cp1252", StrictEncodings.Windows1252, []),
        new("latin-1", StrictEncodings.Latin1, []),
    ];

    /// <summary>The bytes <paramref name="text"/> was decoded from, or <see langword="null"/> if a character has none.</summary>
    public byte[]? TryEncode(string text)
    {
        foreach (var (other, ours) in Variants)
        {
            text = text.Replace(other, ours);
        }

        return StrictEncodings.TryEncode(Encoding, text);
    }
}
