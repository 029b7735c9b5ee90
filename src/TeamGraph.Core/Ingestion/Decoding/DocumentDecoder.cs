using System.Globalization;
using TeamGraph.Core.Diagnostics;

namespace TeamGraph.Core.Ingestion.Decoding;

/// <summary>
/// Turns a role document's bytes into text: refuses binary files, honours byte order marks, recognises UTF-16 without
/// one, reads UTF-8 strictly, detects legacy single-byte encodings, repairs mojibake and normalises line ends to LF.
/// Every decision is taken on the whole file and reported as a diagnostic; nothing is thrown for bad input.
/// </summary>
public sealed partial class DocumentDecoder : IDocumentDecoder
{
    private const string BinaryEncodingName = "binary";

    /// <inheritdoc />
    public DecodedDocument Decode(string path, ReadOnlySpan<byte> bytes)
    {
        ArgumentNullException.ThrowIfNull(path);
        var diagnostics = new List<Diagnostic>();
        if (bytes.IsEmpty)
        {
            diagnostics.Add(new(DiagnosticSeverity.Warning, DecodingDiagnosticCodes.EmptyDocument, path, null, "The file is empty."));
            return new(path, string.Empty, "utf-8", null, diagnostics);
        }

        if (BinaryContentDetector.IdentifySignature(bytes) is { } kind)
        {
            return Refuse(path, BinaryEncodingName, DecodingDiagnosticCodes.BinaryContent, $"Refused: this is {kind}, not text.", diagnostics);
        }

        var (text, encodingName, mayHoldMojibake) = Read(path, bytes, diagnostics);
        if (text is null)
        {
            return new(path, null, encodingName, null, diagnostics);
        }

        string? repair = null;
        if (mayHoldMojibake && MojibakeRepairer.TryRepair(text) is { } repaired)
        {
            text = repaired.Text;
            repair = $"mojibake: UTF-8 read as {repaired.DecodedAs}";
            diagnostics.Add(Info(path, DecodingDiagnosticCodes.MojibakeRepaired,
                $"Repaired mojibake: UTF-8 text that had been decoded as {repaired.DecodedAs} and re-saved."));
        }

        text = NormaliseLineEnds(path, text, diagnostics);
        return Finish(path, text, encodingName, repair, diagnostics);
    }

    private static DecodedDocument Finish(string path, string text, string encodingName, string? repair, List<Diagnostic> diagnostics)
    {
        var controls = ControlCharacterScan.Of(text);
        if (controls.IsHeavyFor(text))
        {
            var message = $"Refused: {Count(controls.Count)} of {Count(text.Length)} characters are control characters, so this is not text.";
            return Refuse(path, encodingName, DecodingDiagnosticCodes.ControlCharacterHeavy, message, diagnostics);
        }

        if (controls.Count > 0)
        {
            diagnostics.Add(new(DiagnosticSeverity.Warning, DecodingDiagnosticCodes.ControlCharacters, path, controls.FirstLine,
                $"Kept {Count(controls.Count)} stray control character(s); the first is on this line."));
        }

        if (string.IsNullOrWhiteSpace(text))
        {
            diagnostics.Add(new(DiagnosticSeverity.Warning, DecodingDiagnosticCodes.EmptyDocument, path, null, "The file holds only whitespace."));
            return new(path, string.Empty, encodingName, repair, diagnostics);
        }

        return new(path, text, encodingName, repair, diagnostics);
    }

    private static string NormaliseLineEnds(string path, string text, List<Diagnostic> diagnostics)
    {
        var (normalised, crLf, loneCr) = LineEndNormaliser.Normalise(text);
        if (crLf > 0)
        {
            diagnostics.Add(Info(path, DecodingDiagnosticCodes.LineEndsNormalised, $"Converted {Count(crLf)} CRLF line ends to LF."));
        }

        if (loneCr > 0)
        {
            diagnostics.Add(Info(path, DecodingDiagnosticCodes.LineEndsNormalised, $"Converted {Count(loneCr)} lone CR line ends to LF."));
        }

        return normalised;
    }

    private static DecodedDocument Refuse(string path, string encodingName, string code, string message, List<Diagnostic> diagnostics)
    {
        diagnostics.Add(new(DiagnosticSeverity.Error, code, path, null, message));
        return new(path, null, encodingName, null, diagnostics);
    }

    private static Diagnostic Info(string path, string code, string message) =>
        new(DiagnosticSeverity.Info, code, path, null, message);

    private static string Count(int value) => value.ToString(CultureInfo.InvariantCulture);
}
