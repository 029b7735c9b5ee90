using System.Text;
using TeamGraph.Core.Ingestion.Decoding;

namespace TeamGraph.Core.Tests.Ingestion.Decoding;

public class LegacyEncodingDetectorTests
{
    [Theory]
    [InlineData("Съешь же ещё этих мягких булок", 1251, true)]
    [InlineData("Съешь же ещё этих мягких булок", 20866, true)]
    [InlineData("Noël, où êtes-vous ? Ça dépend : déjà fini.", 1252, false)]
    [InlineData("Größe, Übergröße und Äpfel", 1252, false)]
    public void HighBytesLookCyrillic_TellsRussianWordsFromAccentedLatinLetters(string text, int codePage, bool cyrillic)
    {
        var bytes = Encoding.GetEncoding(codePage).GetBytes(text);

        Assert.Equal(cyrillic, LegacyEncodingDetector.HighBytesLookCyrillic(bytes));
    }

    [Fact]
    public void Decode_ShortKoi8Text_IsNotMistakenForCp1251()
    {
        const string Text = "Съешь же ещё этих мягких французских булок, да выпей чаю.";

        var decoding = LegacyEncodingDetector.Decode(StrictEncodings.Koi8R.GetBytes(Text));

        Assert.Equal("koi8-r", decoding.EncodingName);
        Assert.Equal(Text, decoding.Text);
    }
}
