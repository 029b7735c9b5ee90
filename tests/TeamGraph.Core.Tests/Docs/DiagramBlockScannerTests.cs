using TeamGraph.Core.Diagnostics;
using TeamGraph.Core.Docs;

namespace TeamGraph.Core.Tests.Docs;

public sealed class DiagramBlockScannerTests
{
    [Fact]
    public void Scan_TwoBlocks_FindsBothWithTheirOptionsLinesAndContent()
    {
        var text = Read("two-blocks.md");

        var scan = DiagramBlockScanner.Scan("two-blocks.md", text);

        Assert.Empty(scan.Diagnostics);
        Assert.Equal(2, scan.Blocks.Count);
        var (first, second) = (scan.Blocks[0], scan.Blocks[1]);
        Assert.Equal((5, "--team --kinds handoff"), (first.Line, first.OptionsText));
        Assert.Equal(["--team", "--kinds", "handoff"], first.Arguments);
        Assert.Equal("old one\n", first.Content);
        Assert.Equal(text.IndexOf("old one", StringComparison.Ordinal), first.ContentStart);
        Assert.Equal((11, "--roles 'DevOps Engineer',QA"), (second.Line, second.OptionsText));
        Assert.Equal(["--roles", "DevOps Engineer,QA"], second.Arguments);
        Assert.Equal("```mermaid\ngraph LR\n```\n", second.Content);
    }

    [Fact]
    public void Scan_CrlfFile_KeepsCrlfInContentAndLineEnding()
    {
        var scan = DiagramBlockScanner.Scan("crlf.md", Read("crlf.md"));

        var block = Assert.Single(scan.Blocks);
        Assert.Equal(3, block.Line);
        Assert.Equal("old\r\n", block.Content);
        Assert.Equal("\r\n", block.LineEnding);
    }

    [Fact]
    public void Scan_MarkersInFencedOrIndentedCode_AreIgnored()
    {
        var scan = DiagramBlockScanner.Scan("in-code-fence.md", Read("in-code-fence.md"));

        Assert.Empty(scan.Diagnostics);
        var block = Assert.Single(scan.Blocks);
        Assert.Equal(16, block.Line);
        Assert.Equal(["--role", "QA"], block.Arguments);
        Assert.Equal("```text\n<!-- /teamgraph -->\n```\n", block.Content);
    }

    [Fact]
    public void Scan_NestedOpening_IsAnErrorAtTheInnerMarkerNamingTheOuter()
    {
        var scan = DiagramBlockScanner.Scan("nested.md", Read("nested.md"));

        Assert.Equal(
            [(DocsDiagnosticCodes.NestedBlock, 4), (DocsDiagnosticCodes.UnopenedBlock, 6)],
            scan.Diagnostics.Select(d => (d.Code, d.Line!.Value)));
        Assert.Contains("opened at line 3", scan.Diagnostics[0].Message, StringComparison.Ordinal);
        Assert.Equal("nested.md", scan.Diagnostics[0].Path);
    }

    [Fact]
    public void Scan_UnclosedBlock_IsAnErrorAtItsOpeningLine()
    {
        var scan = DiagramBlockScanner.Scan("unclosed.md", Read("unclosed.md"));

        Assert.Empty(scan.Blocks);
        var error = Assert.Single(scan.Diagnostics);
        Assert.Equal((DocsDiagnosticCodes.UnclosedBlock, 3), (error.Code, error.Line));
        Assert.Equal(DiagnosticSeverity.Error, error.Severity);
    }

    [Fact]
    public void Scan_UnclosedFenceInsideABlock_HidesTheClosingMarkerAndSaysSo()
    {
        var scan = DiagramBlockScanner.Scan("x.md", "<!-- teamgraph:diagram -->\n```mermaid\ngraph LR\n<!-- /teamgraph -->\n");

        var error = Assert.Single(scan.Diagnostics);
        Assert.Equal(DocsDiagnosticCodes.UnclosedBlock, error.Code);
        Assert.Contains("code fence inside it is not closed", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Scan_MalformedMarkers_AreErrorsAndOrdinaryCommentsAreNot()
    {
        var scan = DiagramBlockScanner.Scan("malformed.md", Read("malformed.md"));

        Assert.Empty(scan.Blocks);
        Assert.Equal([3, 4, 5], scan.Diagnostics.Select(d => d.Line!.Value));
        Assert.All(scan.Diagnostics, d => Assert.Equal(DocsDiagnosticCodes.MalformedMarker, d.Code));
        Assert.Contains("unclosed quote", scan.Diagnostics[0].Message, StringComparison.Ordinal);
        Assert.Contains("Unknown marker '<!-- teamgraph:table --team -->'", scan.Diagnostics[1].Message, StringComparison.Ordinal);
        Assert.Contains("must end with -->", scan.Diagnostics[2].Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("<!-- teamgraph:diagram -->\n<!-- /teamgraph -->", "")]
    [InlineData("<!-- teamgraph:diagram -->\r<!-- /teamgraph -->\r", "")]
    [InlineData("<!-- teamgraph:diagram -->\nx\n<!-- /teamgraph -->", "x\n")]
    [InlineData("text <!-- teamgraph:diagram -->\nx\n<!-- /teamgraph --> text", null)]
    [InlineData("<!-- teamgraph:diagrams -->\n<!-- /teamgraph -->", null)]
    public void Scan_MarkerPlacement_DecidesWhetherThereIsABlock(string text, string? content)
    {
        var scan = DiagramBlockScanner.Scan("x.md", text);

        Assert.Equal(content, scan.Blocks.SingleOrDefault()?.Content);
    }

    [Fact]
    public void Scan_EmptyOrLongText_DoesNotThrow()
    {
        Assert.Empty(DiagramBlockScanner.Scan("x.md", "").Blocks);
        var many = string.Concat(Enumerable.Repeat("<!-- teamgraph:diagram --team -->\n<!-- /teamgraph -->\n", 20_000));
        Assert.Equal(20_000, DiagramBlockScanner.Scan("x.md", many).Blocks.Count);
    }

    internal static string Read(string name) => File.ReadAllText(TestPaths.Data("docs", "blocks", name));
}
