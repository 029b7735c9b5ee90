namespace TeamGraph.Core.Ingestion.Decoding;

/// <summary>The diagnostic codes the decoding stage reports.</summary>
public static class DecodingDiagnosticCodes
{
    /// <summary>Info: the file was not UTF-8 and was read in a legacy encoding the detector was sure of.</summary>
    public const string EncodingDetected = "encoding-detected";

    /// <summary>Warning: the file was not UTF-8 and its legacy encoding is a guess.</summary>
    public const string EncodingGuessed = "encoding-guessed";

    /// <summary>Info: the file was UTF-16 or UTF-32 (with or without a byte order mark).</summary>
    public const string UnicodeEncoding = "unicode-encoding";

    /// <summary>Info: a byte order mark was removed.</summary>
    public const string BomRemoved = "bom-removed";

    /// <summary>Info: UTF-8 text that had once been decoded with a single-byte code page was restored.</summary>
    public const string MojibakeRepaired = "mojibake-repaired";

    /// <summary>Info: CRLF or lone CR line ends were converted to LF (line numbers unchanged).</summary>
    public const string LineEndsNormalised = "line-ends-normalised";

    /// <summary>Warning: the text holds a few control characters; they were kept.</summary>
    public const string ControlCharacters = "control-characters";

    /// <summary>Warning: the file is empty or holds only whitespace.</summary>
    public const string EmptyDocument = "empty-document";

    /// <summary>Error: the file is binary (a known file signature, or NUL bytes outside UTF-16/32).</summary>
    public const string BinaryContent = "binary-content";

    /// <summary>Error: the file is mostly control characters, so it is not text.</summary>
    public const string ControlCharacterHeavy = "control-character-heavy";

    /// <summary>Error: the file announces a Unicode encoding (byte order mark) but its bytes are not valid in it.</summary>
    public const string InvalidUnicode = "invalid-unicode";
}
