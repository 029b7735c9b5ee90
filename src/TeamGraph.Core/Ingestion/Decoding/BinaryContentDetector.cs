namespace TeamGraph.Core.Ingestion.Decoding;

/// <summary>Recognises files that are binary whatever their name says: known file signatures and NUL bytes.</summary>
internal static class BinaryContentDetector
{
    private static readonly (byte[] Signature, string Kind)[] Signatures =
    [
        ([0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A], "a PNG image"),
        ([0xFF, 0xD8, 0xFF], "a JPEG image"),
        ("GIF87a"u8.ToArray(), "a GIF image"),
        ("GIF89a"u8.ToArray(), "a GIF image"),
        ("%PDF-"u8.ToArray(), "a PDF document"),
        ([0x50, 0x4B, 0x03, 0x04], "a ZIP archive"),
        ([0x50, 0x4B, 0x05, 0x06], "a ZIP archive"),
        ([0x50, 0x4B, 0x07, 0x08], "a ZIP archive"),
        ([0x1F, 0x8B], "a gzip archive"),
    ];

    /// <summary>What the file is, e.g. "a PNG image", when it starts with a known binary signature.</summary>
    public static string? IdentifySignature(ReadOnlySpan<byte> bytes)
    {
        foreach (var (signature, kind) in Signatures)
        {
            if (bytes.StartsWith(signature))
            {
                return kind;
            }
        }

        return null;
    }

    /// <summary>Whether the bytes hold a NUL, which text in a single-byte encoding or UTF-8 never does.</summary>
    public static bool ContainsNul(ReadOnlySpan<byte> bytes) => bytes.Contains((byte)0);
}
