using TeamGraph.Core.Ingestion.Mermaid.Html;

namespace TeamGraph.Core.Tests.Ingestion.Mermaid.Html;

public sealed class HtmlCharacterReferencesTests
{
    [Theory]
    [InlineData("1 &amp; 2", "1 & 2")]
    [InlineData("1 &ap; 2", "1 \u2248 2")]
    [InlineData("1 &amp 2", "1 & 2")]
    [InlineData("&notit;", "\u00ACit;")]
    [InlineData("&notin;", "\u2209")]
    [InlineData("&NotEqualTilde;", "\u2242\u0338")]
    [InlineData("&zz; &am; & &;", "&zz; &am; & &;")]
    [InlineData("&#9829; &#x2665 &#X2665;", "\u2665 \u2665 \u2665")]
    [InlineData("&#0; &#xD800; &#x110000;", "\uFFFD \uFFFD \uFFFD")]
    [InlineData("&#128; &#x81;", "\u20AC \u0081")]
    [InlineData("&#; &#x;", "&#; &#x;")]
    [InlineData("&#128512;", "\U0001F600")]
    public void Decode_Text_ReadsReferencesAsABrowserDoes(string text, string decoded) =>
        Assert.Equal(decoded, HtmlCharacterReferences.Decode(text));

    [Theory]
    [InlineData("a&ampb", "a&ampb")]
    [InlineData("a&amp=b", "a&amp=b")]
    [InlineData("a&amp b", "a& b")]
    public void Decode_AttributeValue_KeepsLegacyNamesBeforeLettersOrEquals(string value, string decoded) =>
        Assert.Equal(decoded, HtmlCharacterReferences.Decode(value, inAttribute: true));
}
