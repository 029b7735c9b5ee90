using System.Text;
using TeamGraph.Core.Diagnostics;
using TeamGraph.Core.Ingestion.Decoding;

namespace TeamGraph.Core.Tests.Ingestion.Decoding;

public partial class DocumentDecoderTests
{
    [Theory]
    [InlineData("cp1251.md", "windows-1251")]
    [InlineData("koi8r.md", "koi8-r")]
    [InlineData("cp1252.md", "windows-1252")]
    [InlineData("latin1.md", "iso-8859-1")]
    public void Decode_LegacySingleByteFile_IsReadInTheDetectedEncoding(string file, string encodingName)
    {
        var document = DecodingSample.Decode(file);

        Assert.Equal(DecodingSample.Expected(file), document.Text);
        Assert.Equal(encodingName, document.EncodingName);
        Assert.Null(document.Repair);
        var diagnostic = DecodingSample.Single(document, DecodingDiagnosticCodes.EncodingDetected);
        Assert.Equal(DiagnosticSeverity.Info, diagnostic.Severity);
        Assert.StartsWith($"Read as {encodingName}: the file is not UTF-8", diagnostic.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("cp1251-short.md", "windows-1251", "the high bytes look like Cyrillic letters")]
    [InlineData("cp1252-short.md", "windows-1252", "the high bytes do not look Cyrillic")]
    public void Decode_LegacyFileTheDetectorIsUnsureOf_IsGuessedWithAWarning(string file, string encodingName, string reason)
    {
        var document = DecodingSample.Decode(file);

        Assert.Equal(DecodingSample.Expected(file), document.Text);
        Assert.Equal(encodingName, document.EncodingName);
        var diagnostic = DecodingSample.Single(document, DecodingDiagnosticCodes.EncodingGuessed);
        Assert.Equal(DiagnosticSeverity.Warning, diagnostic.Severity);
        Assert.StartsWith($"Read as {encodingName}, a guess", diagnostic.Message, StringComparison.Ordinal);
        Assert.Contains(reason, diagnostic.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Decode_FiveMegabyteCp1251File_IsReadWhole()
    {
        var card = DecodingSample.Expected("cp1251.md");
        var builder = new StringBuilder();
        while (builder.Length < 5_000_000)
        {
            builder.Append(card);
        }

        var bytes = StrictEncodings.Windows1251.GetBytes(builder.ToString());
        var document = new DocumentDecoder().Decode("big.md", bytes);

        Assert.Equal("windows-1251", document.EncodingName);
        Assert.Equal(builder.ToString(), document.Text);
    }
}
