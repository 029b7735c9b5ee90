using System.Text;

namespace TeamGraph.Core.Docs;

/// <summary>
/// A document's bytes as text that can be written back unchanged: strict UTF-8, with its byte order mark remembered.
/// Other encodings are refused rather than guessed, since rewriting them could change bytes outside the blocks.
/// </summary>
/// <param name="Text">The text, without the byte order mark.</param>
/// <param name="HasByteOrderMark">Whether the bytes started with EF BB BF.</param>
public sealed record Utf8Document(string Text, bool HasByteOrderMark)
{
    private static readonly UTF8Encoding StrictUtf8 = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);

    /// <summary>The document, or <see langword="null"/> when <paramref name="bytes"/> are not valid UTF-8.</summary>
    public static Utf8Document? Decode(ReadOnlySpan<byte> bytes)
    {
        var hasBom = bytes.StartsWith(Encoding.UTF8.Preamble);
        try
        {
            return new Utf8Document(StrictUtf8.GetString(hasBom ? bytes[3..] : bytes), hasBom);
        }
        catch (DecoderFallbackException)
        {
            return null;
        }
    }

    /// <summary>The bytes of <paramref name="text"/> in this document's form (byte order mark kept).</summary>
    public byte[] Encode(string text) =>
        HasByteOrderMark ? [.. Encoding.UTF8.Preamble, .. StrictUtf8.GetBytes(text)] : StrictUtf8.GetBytes(text);
}
