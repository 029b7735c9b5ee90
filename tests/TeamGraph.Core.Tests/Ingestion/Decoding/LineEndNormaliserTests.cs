using TeamGraph.Core.Ingestion.Decoding;

namespace TeamGraph.Core.Tests.Ingestion.Decoding;

public class LineEndNormaliserTests
{
    [Fact]
    public void Normalise_MixedLineEnds_GivesOneLfForEachLineEnd()
    {
        var (text, crLf, loneCr) = LineEndNormaliser.Normalise("a\r\nb\rc\nd\r\r\ne\r");

        Assert.Equal("a\nb\nc\nd\n\ne\n", text);
        Assert.Equal(2, crLf);
        Assert.Equal(3, loneCr);
    }

    [Fact]
    public void Normalise_LfOnlyText_IsReturnedAsIs()
    {
        const string Text = "a\nb\n";

        var (text, crLf, loneCr) = LineEndNormaliser.Normalise(Text);

        Assert.Same(Text, text);
        Assert.Equal((0, 0), (crLf, loneCr));
    }
}
