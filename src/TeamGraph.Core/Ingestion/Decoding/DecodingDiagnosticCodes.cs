using TeamGraph.Core.Diagnostics;

namespace TeamGraph.Core.Ingestion.Decoding;

/// <summary>The diagnostic codes the decoding stage reports; each one's meaning is in its <see cref="DiagnosticDescriptionAttribute"/>.</summary>
public static class DecodingDiagnosticCodes
{
    [DiagnosticDescription(DiagnosticSeverity.Info,
        "The file was not UTF-8 and was read in a legacy encoding the detector was sure of.",
        "Nothing to do; save the file as UTF-8 to make the note go away.")]
    public const string EncodingDetected = "encoding-detected";

    [DiagnosticDescription(DiagnosticSeverity.Warning,
        "The file was not UTF-8 and its legacy encoding is a guess. Names and text in it may be read wrongly.",
        "Check that the text reads correctly in the graph, and save the file as UTF-8.")]
    public const string EncodingGuessed = "encoding-guessed";

    [DiagnosticDescription(DiagnosticSeverity.Info,
        "The file was UTF-16 or UTF-32 (with or without a byte order mark) and was read as such.",
        "Nothing to do; save the file as UTF-8 to make the note go away.")]
    public const string UnicodeEncoding = "unicode-encoding";

    [DiagnosticDescription(DiagnosticSeverity.Info,
        "A byte order mark at the start of the file was removed.",
        "Nothing to do; save the file as UTF-8 without a BOM to make the note go away.")]
    public const string BomRemoved = "bom-removed";

    [DiagnosticDescription(DiagnosticSeverity.Info,
        "UTF-8 text that had once been decoded with a single-byte code page (Mac Roman, cp1252, latin-1) and saved again was restored.",
        "Nothing to do for the graph; save the repaired text over the file to fix the document itself.")]
    public const string MojibakeRepaired = "mojibake-repaired";

    [DiagnosticDescription(DiagnosticSeverity.Info,
        "CRLF or lone CR line ends were converted to LF; line numbers are unchanged.",
        "Nothing to do; a .gitattributes rule (*.md text eol=lf) keeps line ends uniform.")]
    public const string LineEndsNormalised = "line-ends-normalised";

    [DiagnosticDescription(DiagnosticSeverity.Warning,
        "The text holds a few control characters; they were kept.",
        "Remove the control characters at the line given; they are usually left over from copying text out of another tool.")]
    public const string ControlCharacters = "control-characters";

    [DiagnosticDescription(DiagnosticSeverity.Warning,
        "The file is empty or holds only whitespace, so it describes nothing.",
        "Write the card, or delete the file.")]
    public const string EmptyDocument = "empty-document";

    [DiagnosticDescription(DiagnosticSeverity.Error,
        "The file is binary (a known file signature, or NUL bytes outside UTF-16/32), so it was not read.",
        "Rename the file so it does not end in .md, or replace it with the Markdown text it should hold.")]
    public const string BinaryContent = "binary-content";

    [DiagnosticDescription(DiagnosticSeverity.Error,
        "The file is mostly control characters, so it is not text and was not read.",
        "Replace the file with the Markdown text it should hold.")]
    public const string ControlCharacterHeavy = "control-character-heavy";

    [DiagnosticDescription(DiagnosticSeverity.Error,
        "The file announces a Unicode encoding with a byte order mark, but its bytes are not valid in that encoding.",
        "Re-save the file as UTF-8 from an editor that shows its text correctly.")]
    public const string InvalidUnicode = "invalid-unicode";
}
