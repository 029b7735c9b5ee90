using TeamGraph.Core.Diagnostics;
using TeamGraph.Core.Ingestion.Decoding;

namespace TeamGraph.Core.Tests.Ingestion.Decoding;

public partial class DocumentDecoderTests
{
    [Theory]
    [InlineData("png-image.md", "a PNG image")]
    [InlineData("jpeg-image.md", "a JPEG image")]
    [InlineData("gif-image.md", "a GIF image")]
    [InlineData("pdf-document.md", "a PDF document")]
    [InlineData("zip-archive.md", "a ZIP archive")]
    [InlineData("gzip-archive.md", "a gzip archive")]
    public void Decode_FileWithABinarySignature_IsRefusedNamingWhatItIs(string file, string kind)
    {
        var document = DecodingSample.Decode(file);

        Assert.Null(document.Text);
        var diagnostic = Assert.Single(document.Diagnostics);
        Assert.Equal(DiagnosticSeverity.Error, diagnostic.Severity);
        Assert.Equal(DecodingDiagnosticCodes.BinaryContent, diagnostic.Code);
        Assert.Contains($"this is {kind}, not text", diagnostic.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Decode_MarkdownFileThatIsReallyAPng_SaysItIsAPngImage()
    {
        var document = DecodingSample.Decode("png-image.md");

        Assert.Equal("error binary-content png-image.md Refused: this is a PNG image, not text.", Assert.Single(document.Diagnostics).ToString());
    }

    [Fact]
    public void Decode_NulBytesOutsideUtf16_AreRefusedAsBinary()
    {
        var document = DecodingSample.Decode("nul-bytes.md");

        Assert.Null(document.Text);
        Assert.Contains("NUL bytes", DecodingSample.Single(document, DecodingDiagnosticCodes.BinaryContent).Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Decode_ControlCharacterHeavyFile_IsRefused()
    {
        var document = DecodingSample.Decode("control-heavy.md");

        Assert.Null(document.Text);
        Assert.Equal(DiagnosticSeverity.Error, DecodingSample.Single(document, DecodingDiagnosticCodes.ControlCharacterHeavy).Severity);
    }

    [Fact]
    public void Decode_AStrayControlCharacter_IsKeptWithAWarningOnItsLine()
    {
        var bytes = "# Title\n\nSome text.\nA bell \u0007 here, in a long enough line of prose.\n"u8.ToArray();

        var document = new DocumentDecoder().Decode("bell.md", bytes);

        Assert.Contains('\u0007', document.Text!);
        var diagnostic = DecodingSample.Single(document, DecodingDiagnosticCodes.ControlCharacters);
        Assert.Equal(DiagnosticSeverity.Warning, diagnostic.Severity);
        Assert.Equal(4, diagnostic.Line);
    }

    [Fact]
    public void Decode_EmptyFile_IsEmptyTextWithAWarning()
    {
        var document = DecodingSample.Decode("empty.md");

        Assert.Equal(string.Empty, document.Text);
        var diagnostic = Assert.Single(document.Diagnostics);
        Assert.Equal(DiagnosticSeverity.Warning, diagnostic.Severity);
        Assert.Equal(DecodingDiagnosticCodes.EmptyDocument, diagnostic.Code);
    }

    [Fact]
    public void Decode_WhitespaceOnlyFile_IsEmptyTextWithAWarning()
    {
        var document = DecodingSample.Decode("whitespace.md");

        Assert.Equal(string.Empty, document.Text);
        Assert.Equal(DiagnosticSeverity.Warning, DecodingSample.Single(document, DecodingDiagnosticCodes.EmptyDocument).Severity);
        Assert.DoesNotContain(document.Diagnostics, diagnostic => diagnostic.Severity == DiagnosticSeverity.Error);
    }
}
