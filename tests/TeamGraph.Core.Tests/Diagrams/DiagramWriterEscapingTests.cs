using TeamGraph.Core.Diagrams;

namespace TeamGraph.Core.Tests.Diagrams;

public sealed class DiagramWriterEscapingTests
{
    [Theory]
    [InlineData("Tech \"Lead\"", "Tech #quot;Lead#quot;")]
    [InlineData("a|b #c; <d> & `e`", "a#124;b #35;c; #60;d#62; #38; #96;e#96;")]
    [InlineData("%%{init: {}}%%", "#37;#37;#123;init: #123;#125;#125;#37;#37;")]
    [InlineData("line\nbreak\r\nthree", "line<br/>break<br/>three")]
    [InlineData(@"end \ Команда 🚀", @"end \ Команда 🚀")]
    public void MermaidEscape_SpecialCharacters_BecomeEntityCodes(string text, string expected) =>
        Assert.Equal(expected, MermaidDiagramWriter.Escape(text));

    [Theory]
    [InlineData("Tech \"Lead\"", "\"Tech \\\"Lead\\\"\"")]
    [InlineData(@"a\nb\", @"""a\\nb\\""")]
    [InlineData("two\nlines", "\"two\\nlines\"")]
    [InlineData("graph { end; } Команда 🚀", "\"graph { end; } Команда 🚀\"")]
    public void DotQuote_QuotesBackslashesAndLineBreaks_AreEscaped(string text, string expected) =>
        Assert.Equal(expected, DotDiagramWriter.Quote(text));

    [Theory]
    [InlineData("Tech \"Lead\" #1", "\"Tech \\\"Lead\\\" #1\"")]
    [InlineData(@"a\b: --- c", @"""a\\b: --- c""")]
    public void MermaidYamlQuote_QuotesAndBackslashes_AreEscaped(string text, string expected) =>
        Assert.Equal(expected, MermaidDiagramWriter.YamlQuote(text));

    [Theory]
    [InlineData("Tech \"Lead\"", "Tech &#34;Lead&#34;")]
    [InlineData(@"a\b $x", "a<U+005C>b <U+0024>x")]
    [InlineData("**bold** //it// a-b", "&#42;&#42;bold&#42;&#42; &#47;&#47;it&#47;&#47; a-b")]
    [InlineData("two\nlines", @"two\nlines")]
    [InlineData("@enduml", "&#64;enduml")]
    public void PlantUmlEscape_MarkupAndPreprocessorCharacters_AreReferences(string text, string expected) =>
        Assert.Equal(expected, PlantUmlDiagramWriter.Escape(text));

    [Fact]
    public void Writers_EmptyView_WriteAValidSkeleton()
    {
        var view = new DiagramView([], [], [], []);

        Assert.Equal("flowchart LR\n", new MermaidDiagramWriter().Write(view));
        Assert.EndsWith("}\n", new DotDiagramWriter().Write(view), StringComparison.Ordinal);
        Assert.EndsWith("@enduml\n", new PlantUmlDiagramWriter().Write(view), StringComparison.Ordinal);
    }
}
