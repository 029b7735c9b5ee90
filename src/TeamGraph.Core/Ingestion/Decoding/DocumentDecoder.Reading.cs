using System.Text.Unicode;
using TeamGraph.Core.Diagnostics;

namespace TeamGraph.Core.Ingestion.Decoding;

public sealed partial class DocumentDecoder
{
    /// <summary>
    /// The file's text in the encoding it uses, or a null text after an error diagnostic. Mojibake can only hide in
    /// text that was read as Unicode: a legacy file was never UTF-8 to begin with.
    /// </summary>
    private static (string? Text, string EncodingName, bool MayHoldMojibake) Read(string path, ReadOnlySpan<byte> bytes, List<Diagnostic> diagnostics)
    {
        if (UnicodeForm.FromByteOrderMark(bytes) is { } marked)
        {
            return ReadMarked(path, bytes, marked, diagnostics);
        }

        if (BinaryContentDetector.ContainsNul(bytes))
        {
            return ReadWithNuls(path, bytes, diagnostics);
        }

        if (Utf8.IsValid(bytes))
        {
            return (StrictEncodings.Utf8.GetString(bytes), "utf-8", true);
        }

        var legacy = LegacyEncodingDetector.Decode(bytes);
        var severity = legacy.IsGuess ? DiagnosticSeverity.Warning : DiagnosticSeverity.Info;
        var message = legacy.IsGuess
            ? $"Read as {legacy.EncodingName}, a guess: the file is not UTF-8 and {legacy.Explanation}."
            : $"Read as {legacy.EncodingName}: the file is not UTF-8 ({legacy.Explanation}).";
        var code = legacy.IsGuess ? DecodingDiagnosticCodes.EncodingGuessed : DecodingDiagnosticCodes.EncodingDetected;
        diagnostics.Add(new(severity, code, path, null, message));
        return (legacy.Text, legacy.EncodingName, false);
    }

    private static (string? Text, string EncodingName, bool MayHoldMojibake) ReadMarked(
        string path, ReadOnlySpan<byte> bytes, UnicodeForm form, List<Diagnostic> diagnostics)
    {
        if (StrictEncodings.TryDecode(form.Encoding, bytes[form.BomLength..]) is not { } text)
        {
            diagnostics.Add(new(DiagnosticSeverity.Error, DecodingDiagnosticCodes.InvalidUnicode, path, null,
                $"Refused: the file starts with a {form.Label} byte order mark but is not valid {form.Label}."));
            return (null, form.Name, false);
        }

        if (form.Name != "utf-8")
        {
            diagnostics.Add(Info(path, DecodingDiagnosticCodes.UnicodeEncoding, $"Read as {form.Name}, as its byte order mark says."));
        }

        diagnostics.Add(Info(path, DecodingDiagnosticCodes.BomRemoved, $"Removed the {form.Label} BOM."));
        return (text, form.Name, true);
    }

    private static (string? Text, string EncodingName, bool MayHoldMojibake) ReadWithNuls(
        string path, ReadOnlySpan<byte> bytes, List<Diagnostic> diagnostics)
    {
        // Binary data can happen to have zeros in alternate bytes; real UTF-16 text also decodes to real characters.
        if (UnicodeForm.FromZeroBytePattern(bytes) is { } form
            && StrictEncodings.TryDecode(form.Encoding, bytes) is { } text
            && TextProfile.Of(text).Suspicious * 100 <= text.Length)
        {
            diagnostics.Add(Info(path, DecodingDiagnosticCodes.UnicodeEncoding,
                $"Read as {form.Name}: the file has no byte order mark, but its zero bytes are those of {form.Label} text."));
            return (text, form.Name, true);
        }

        diagnostics.Add(new(DiagnosticSeverity.Error, DecodingDiagnosticCodes.BinaryContent, path, null,
            "Refused: the file holds NUL bytes and is not UTF-16 or UTF-32 text, so it is binary, not text."));
        return (null, BinaryEncodingName, false);
    }
}
