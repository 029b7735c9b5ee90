using TeamGraph.Core.Ingestion.Mermaid;

namespace TeamGraph.Core.Tests.Ingestion.Mermaid;

public class MermaidLexerTests
{
    [Fact]
    public void Next_EdgeWithPipeLabelAndShapes_GivesTokensWithFileLinesAndColumns()
    {
        var tokens = Lex("graph LR\nA[Tech Lead]-->|asks| B", firstLine: 40);

        Assert.Equal(
            [
                (MermaidTokenKind.Identifier, "LR", 40, 7), (MermaidTokenKind.Newline, "\n", 40, 9),
                (MermaidTokenKind.Identifier, "A", 41, 1), (MermaidTokenKind.ShapeOpen, "[", 41, 2),
                (MermaidTokenKind.LabelText, "Tech Lead", 41, 3), (MermaidTokenKind.ShapeClose, "]", 41, 12),
                (MermaidTokenKind.Link, "-->", 41, 13), (MermaidTokenKind.Pipe, "|", 41, 16),
                (MermaidTokenKind.LabelText, "asks", 41, 17), (MermaidTokenKind.Pipe, "|", 41, 21),
                (MermaidTokenKind.Identifier, "B", 41, 23), (MermaidTokenKind.EndOfInput, "", 41, 24),
            ],
            tokens.Select(t => (t.Kind, t.Text, t.Line, t.Column)));
    }

    [Theory]
    [InlineData("-->", MermaidStroke.Normal, MermaidArrowHead.None, MermaidArrowHead.Arrow, 1)]
    [InlineData("---", MermaidStroke.Normal, MermaidArrowHead.None, MermaidArrowHead.None, 1)]
    [InlineData("------>", MermaidStroke.Normal, MermaidArrowHead.None, MermaidArrowHead.Arrow, 5)]
    [InlineData("-.-", MermaidStroke.Dotted, MermaidArrowHead.None, MermaidArrowHead.None, 1)]
    [InlineData("-...->", MermaidStroke.Dotted, MermaidArrowHead.None, MermaidArrowHead.Arrow, 3)]
    [InlineData("<==>", MermaidStroke.Thick, MermaidArrowHead.Arrow, MermaidArrowHead.Arrow, 1)]
    [InlineData("o--o", MermaidStroke.Normal, MermaidArrowHead.Circle, MermaidArrowHead.Circle, 1)]
    [InlineData("x-.-x", MermaidStroke.Dotted, MermaidArrowHead.Cross, MermaidArrowHead.Cross, 1)]
    [InlineData("~~~~", MermaidStroke.Invisible, MermaidArrowHead.None, MermaidArrowHead.None, 2)]
    public void Next_Link_CarriesStrokeHeadsAndLength(string link, MermaidStroke stroke, MermaidArrowHead start, MermaidArrowHead end, int length)
    {
        var token = Lex($"graph\nA {link} B")[2];

        Assert.Equal((MermaidTokenKind.Link, link), (token.Kind, token.Text));
        Assert.Equal(new MermaidArrow(stroke, start, end, length), token.Arrow);
    }

    [Fact]
    public void Next_KeywordsCountOnlyAtTheStartOfAStatement()
    {
        var kinds = Lex("graph\nend --> subgraph\nA; subgraph end").Select(t => t.Kind).ToArray();

        Assert.Equal(
            [
                MermaidTokenKind.Newline, MermaidTokenKind.End, MermaidTokenKind.Link, MermaidTokenKind.Identifier, MermaidTokenKind.Newline,
                MermaidTokenKind.Identifier, MermaidTokenKind.Semicolon, MermaidTokenKind.Subgraph, MermaidTokenKind.Identifier,
                MermaidTokenKind.EndOfInput,
            ],
            kinds);
    }

    [Fact]
    public void Next_OAndXAreHeadsRightAfterANodeAndIdsElsewhere()
    {
        var tokens = Lex("graph\nA o--o x --> o");

        Assert.Equal(
            [(MermaidTokenKind.Identifier, "A"), (MermaidTokenKind.Link, "o--o"), (MermaidTokenKind.Identifier, "x"), (MermaidTokenKind.Link, "-->"), (MermaidTokenKind.Identifier, "o")],
            tokens.Skip(1).Take(5).Select(t => (t.Kind, t.Text)));
    }

    [Fact]
    public void Next_AnOOrXGluedToALinkWhereANodeBelongs_IsALinkAndFails()
    {
        // Mermaid's link tokens win over its ids: 'x-->' after a link is a second link, not node x.
        var error = Assert.Throws<MermaidSyntaxException>(() => Lex("graph\nA o--o x--> o"));

        Assert.Equal((2, 8), (error.Line, error.Column));
        Assert.Contains("'x-->' reads as a link", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Next_StyleStatement_SwallowsItsArgumentsUpToTheSemicolon()
    {
        var tokens = Lex("graph\nstyle A fill:red,stroke:blue; A");

        Assert.Equal(
            [(MermaidTokenKind.StyleStatement, "style"), (MermaidTokenKind.RawText, "A fill:red,stroke:blue"), (MermaidTokenKind.Semicolon, ";"), (MermaidTokenKind.Identifier, "A")],
            tokens.Skip(1).Take(4).Select(t => (t.Kind, t.Text)));
    }

    private static List<MermaidToken> Lex(string code, int firstLine = 1)
    {
        var lexer = new MermaidLexer(code, firstLine);
        Assert.Equal(MermaidTokenKind.Identifier, lexer.ReadDiagramKeyword().Kind);
        var tokens = new List<MermaidToken>();
        do
        {
            tokens.Add(lexer.Next());
        }
        while (tokens[^1].Kind != MermaidTokenKind.EndOfInput);

        return tokens;
    }
}
