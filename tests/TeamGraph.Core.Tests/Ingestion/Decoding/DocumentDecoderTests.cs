using TeamGraph.Core.Diagnostics;
using TeamGraph.Core.Ingestion.Decoding;

namespace TeamGraph.Core.Tests.Ingestion.Decoding;

public partial class DocumentDecoderTests
{
    [Fact]
    public void Decode_Utf8WithBom_RemovesTheBomAndSaysSo()
    {
        var document = DecodingSample.Decode("utf8-bom.md");

        Assert.Equal(DecodingSample.Expected("utf8-bom.md"), document.Text);
        Assert.Equal("utf-8", document.EncodingName);
        var diagnostic = DecodingSample.Single(document, DecodingDiagnosticCodes.BomRemoved);
        Assert.Equal(DiagnosticSeverity.Info, diagnostic.Severity);
        Assert.Equal("utf8-bom.md", diagnostic.Path);
        Assert.Equal("Removed the UTF-8 BOM.", diagnostic.Message);
    }

    [Theory]
    [InlineData("utf16le-bom.md", "utf-16le", "UTF-16 LE")]
    [InlineData("utf16be-bom.md", "utf-16be", "UTF-16 BE")]
    [InlineData("utf32le-bom.md", "utf-32le", "UTF-32 LE")]
    [InlineData("utf32be-bom.md", "utf-32be", "UTF-32 BE")]
    public void Decode_UnicodeWithBom_ReadsTheEncodingTheBomNames(string file, string encodingName, string label)
    {
        var document = DecodingSample.Decode(file);

        Assert.Equal(DecodingSample.Expected(file), document.Text);
        Assert.Equal(encodingName, document.EncodingName);
        Assert.Equal($"Removed the {label} BOM.", DecodingSample.Single(document, DecodingDiagnosticCodes.BomRemoved).Message);
        Assert.Contains(encodingName, DecodingSample.Single(document, DecodingDiagnosticCodes.UnicodeEncoding).Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("utf16le-nobom.md", "utf-16le")]
    [InlineData("utf16be-nobom.md", "utf-16be")]
    public void Decode_Utf16WithoutBom_IsRecognisedByItsZeroBytes(string file, string encodingName)
    {
        var document = DecodingSample.Decode(file);

        Assert.Equal(DecodingSample.Expected(file), document.Text);
        Assert.Equal(encodingName, document.EncodingName);
        var diagnostic = DecodingSample.Single(document, DecodingDiagnosticCodes.UnicodeEncoding);
        Assert.Equal(DiagnosticSeverity.Info, diagnostic.Severity);
        Assert.Contains("no byte order mark", diagnostic.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Decode_Utf16BomFollowedByAnOddByte_IsRefusedAsInvalidUnicode()
    {
        byte[] bytes = [0xFF, 0xFE, (byte)'#', 0x00, (byte)' '];

        var document = new DocumentDecoder().Decode("odd.md", bytes);

        Assert.Null(document.Text);
        Assert.Equal(DiagnosticSeverity.Error, DecodingSample.Single(document, DecodingDiagnosticCodes.InvalidUnicode).Severity);
    }

    [Theory]
    [InlineData("utf8-russian.md")]
    [InlineData("utf8-french.md")]
    [InlineData("utf8-german.md")]
    [InlineData("utf8-symbols.md")]
    public void Decode_GenuineUtf8_IsReadAsIsWithoutRepairOrDiagnostics(string file)
    {
        var document = DecodingSample.Decode(file);

        Assert.Equal(DecodingSample.Expected(file), document.Text);
        Assert.Equal("utf-8", document.EncodingName);
        Assert.Null(document.Repair);
        Assert.Empty(document.Diagnostics);
    }

    [Fact]
    public void Decode_CrLfLineEnds_BecomeLfAndKeepTheLineCount()
    {
        var original = File.ReadAllText(TestPaths.Data("decoding", "crlf.md"));

        var document = DecodingSample.Decode("crlf.md");

        Assert.Equal(DecodingSample.Expected("crlf.md"), document.Text);
        Assert.Equal(original.Split("\r\n").Length, document.Text!.Split('\n').Length);
        var diagnostic = DecodingSample.Single(document, DecodingDiagnosticCodes.LineEndsNormalised);
        Assert.Equal($"Converted {original.Split("\r\n").Length - 1} CRLF line ends to LF.", diagnostic.Message);
    }

    [Fact]
    public void Decode_LoneCrLineEnds_BecomeLfAndKeepTheLineCount()
    {
        var original = File.ReadAllText(TestPaths.Data("decoding", "lone-cr.md"));

        var document = DecodingSample.Decode("lone-cr.md");

        Assert.Equal(DecodingSample.Expected("lone-cr.md"), document.Text);
        Assert.Equal(original.Split('\r').Length, document.Text!.Split('\n').Length);
        Assert.Contains("lone CR", DecodingSample.Single(document, DecodingDiagnosticCodes.LineEndsNormalised).Message, StringComparison.Ordinal);
    }
}
