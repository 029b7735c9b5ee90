using TeamGraph.Core.Diagrams;
using TeamGraph.Core.Docs;

namespace TeamGraph.Core.Tests.Docs;

public sealed class DiagramBlockRewriterTests
{
    [Theory]
    [InlineData(DiagramFormat.Mermaid, "mermaid")]
    [InlineData(DiagramFormat.Dot, "dot")]
    [InlineData(DiagramFormat.PlantUml, "plantuml")]
    public void Render_EachFormat_IsAFenceInItsLanguage(DiagramFormat format, string language)
    {
        var content = DiagramBlockRewriter.Render(format, "a\nb\n\n", "\n");

        Assert.Equal($"```{language}\na\nb\n```\n", content);
    }

    [Fact]
    public void Render_WithCrlf_EndsEveryLineWithCrlf()
    {
        Assert.Equal("```mermaid\r\na\r\nb\r\n```\r\n", DiagramBlockRewriter.Render(DiagramFormat.Mermaid, "a\nb", "\r\n"));
    }

    [Fact]
    public void Render_DiagramWithAFenceInIt_UsesALongerFence()
    {
        Assert.Equal("`````dot\n  ````x\n`````\n", DiagramBlockRewriter.Render(DiagramFormat.Dot, "  ````x", "\n"));
    }

    [Fact]
    public void Rewrite_TwoBlocks_ReplacesOnlyTheirContent()
    {
        var text = DiagramBlockScannerTests.Read("two-blocks.md");
        var blocks = DiagramBlockScanner.Scan("two-blocks.md", text).Blocks;

        var rewritten = DiagramBlockRewriter.Rewrite(text, [new(blocks[1], "TWO\n"), new(blocks[0], "ONE\n")]);

        var expected = text.Replace("old one\n", "ONE\n", StringComparison.Ordinal)
            .Replace("```mermaid\ngraph LR\n```\n", "TWO\n", StringComparison.Ordinal);
        Assert.Equal(expected, rewritten);
    }

    [Fact]
    public void Rewrite_CrlfFile_KeepsEveryByteOutsideTheBlock()
    {
        var text = DiagramBlockScannerTests.Read("crlf.md");
        var block = Assert.Single(DiagramBlockScanner.Scan("crlf.md", text).Blocks);

        var rewritten = DiagramBlockRewriter.Rewrite(text, [new(block, DiagramBlockRewriter.Render(DiagramFormat.Mermaid, "graph LR\n  A --> B\n", block.LineEnding))]);

        Assert.Equal(
            "# CRLF\r\n\r\n<!-- teamgraph:diagram --role DO -->\r\n```mermaid\r\ngraph LR\r\n  A --> B\r\n```\r\n<!-- /teamgraph -->\r\nafter\r\n",
            rewritten);
        Assert.DoesNotMatch("[^\r]\n", rewritten);
    }

    [Fact]
    public void Rewrite_TwiceWithTheSameDiagram_ChangesNothingTheSecondTime()
    {
        var text = DiagramBlockScannerTests.Read("two-blocks.md");

        var once = Sync(text);
        var twice = Sync(once);

        Assert.NotEqual(text, once);
        Assert.Equal(once, twice);
        Assert.Equal(2, DiagramBlockScanner.Scan("x.md", twice).Blocks.Count);

        static string Sync(string text)
        {
            var updates = DiagramBlockScanner.Scan("x.md", text).Blocks
                .Select(b => new DiagramBlockUpdate(b, DiagramBlockRewriter.Render(DiagramFormat.Mermaid, $"graph LR\n  %% {b.OptionsText}", b.LineEnding)))
                .Where(u => u.Content != u.Block.Content);
            return DiagramBlockRewriter.Rewrite(text, updates);
        }
    }

    [Fact]
    public void Rewrite_BlockFromAnotherText_IsRefused()
    {
        var block = Assert.Single(DiagramBlockScanner.Scan("crlf.md", DiagramBlockScannerTests.Read("crlf.md")).Blocks);

        Assert.Throws<ArgumentException>(() => DiagramBlockRewriter.Rewrite("short", [new(block, "x")]));
    }
}
