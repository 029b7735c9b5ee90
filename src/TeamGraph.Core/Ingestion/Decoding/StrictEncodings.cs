using System.Text;

namespace TeamGraph.Core.Ingestion.Decoding;

/// <summary>
/// Encodings that throw instead of substituting, so that every decode and every re-encode in this stage is
/// lossless or visibly fails.
/// </summary>
internal static class StrictEncodings
{
    static StrictEncodings()
    {
        // Mac Roman, the Windows code pages and KOI8-R live in the code pages provider, not in the base runtime.
        Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);
        Utf8 = new UTF8Encoding(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);
        Utf16LittleEndian = new UnicodeEncoding(bigEndian: false, byteOrderMark: false, throwOnInvalidBytes: true);
        Utf16BigEndian = new UnicodeEncoding(bigEndian: true, byteOrderMark: false, throwOnInvalidBytes: true);
        Utf32LittleEndian = new UTF32Encoding(bigEndian: false, byteOrderMark: false, throwOnInvalidCharacters: true);
        Utf32BigEndian = new UTF32Encoding(bigEndian: true, byteOrderMark: false, throwOnInvalidCharacters: true);
        MacRoman = Get(10000);
        Windows1252 = Get(1252);
        Latin1 = Get(28591);
        Windows1251 = Get(1251);
        Koi8R = Get(20866);
    }

    public static Encoding Utf8 { get; }

    public static Encoding Utf16LittleEndian { get; }

    public static Encoding Utf16BigEndian { get; }

    public static Encoding Utf32LittleEndian { get; }

    public static Encoding Utf32BigEndian { get; }

    public static Encoding MacRoman { get; }

    public static Encoding Windows1252 { get; }

    public static Encoding Latin1 { get; }

    public static Encoding Windows1251 { get; }

    public static Encoding Koi8R { get; }

    /// <summary>The strict encoding with the given web name, or <see langword="null"/> when the runtime has none.</summary>
    public static Encoding? FindByName(string name)
    {
        try
        {
            return Encoding.GetEncoding(name, EncoderFallback.ExceptionFallback, DecoderFallback.ExceptionFallback);
        }
        catch (ArgumentException)
        {
            return null;
        }
    }

    /// <summary>Decodes all of <paramref name="bytes"/>, or returns <see langword="null"/> if any byte is invalid.</summary>
    public static string? TryDecode(Encoding encoding, ReadOnlySpan<byte> bytes)
    {
        try
        {
            return encoding.GetString(bytes);
        }
        catch (DecoderFallbackException)
        {
            return null;
        }
    }

    /// <summary>Encodes all of <paramref name="text"/>, or returns <see langword="null"/> if any character has no byte.</summary>
    public static byte[]? TryEncode(Encoding encoding, string text)
    {
        try
        {
            return encoding.GetBytes(text);
        }
        catch (EncoderFallbackException)
        {
            return null;
        }
    }

    private static Encoding Get(int codePage) =>
        Encoding.GetEncoding(codePage, EncoderFallback.ExceptionFallback, DecoderFallback.ExceptionFallback);
}
