using System.Text;
using TeamGraph.Core.Docs;

namespace TeamGraph.Core.Tests.Docs;

public sealed class Utf8DocumentTests
{
    [Fact]
    public void DecodeThenEncode_WithByteOrderMark_GivesTheSameBytes()
    {
        byte[] bytes = [.. Encoding.UTF8.Preamble, .. Encoding.UTF8.GetBytes("# Роли\r\n")];

        var document = Utf8Document.Decode(bytes);

        Assert.NotNull(document);
        Assert.True(document.HasByteOrderMark);
        Assert.Equal("# Роли\r\n", document.Text);
        Assert.Equal(bytes, document.Encode(document.Text));
    }

    [Fact]
    public void Decode_InvalidUtf8_IsRefused()
    {
        Assert.Null(Utf8Document.Decode(Encoding.Latin1.GetBytes("caf\u00e9 <!-- teamgraph:diagram -->")));
    }
}
