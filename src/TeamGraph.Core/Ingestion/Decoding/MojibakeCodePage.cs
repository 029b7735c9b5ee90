using System.Text;

namespace TeamGraph.Core.Ingestion.Decoding;

/// <summary>A single-byte code page that UTF-8 bytes are commonly mis-decoded with.</summary>
/// <param name="DisplayName">The name people know it by, e.g. <c>Mac Roman</c>.</param>
/// <param name="Encoding">The strict encoding, used to turn the mojibake back into the original bytes.</param>
internal sealed record MojibakeCodePage(string DisplayName, Encoding Encoding)
{
    /// <summary>The code pages tried, in order of preference when two give the same text.</summary>
    public static IReadOnlyList<MojibakeCodePage> All { get; } =
    [
        new("Mac Roman", StrictEncodings.MacRoman),
        new("cp1252", StrictEncodings.Windows1252),
        new("latin-1", StrictEncodings.Latin1),
    ];
}
