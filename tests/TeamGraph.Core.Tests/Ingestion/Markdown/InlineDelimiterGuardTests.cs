using TeamGraph.Core.Diagnostics;
using TeamGraph.Core.Ingestion.Markdown;

namespace TeamGraph.Core.Tests.Ingestion.Markdown;

public sealed class InlineDelimiterGuardTests
{
    [Fact]
    public void Apply_OrdinaryCard_ChangesNothing()
    {
        var lines = File.ReadAllText(Path.Combine(TestPaths.RepoRoot, "seed", "roles", "devops-engineer.md")).Split('\n');
        var before = lines.ToArray();
        var diagnostics = new List<Diagnostic>();

        Assert.False(InlineDelimiterGuard.Apply(lines, "devops.md", diagnostics));

        Assert.Equal(before, lines);
        Assert.Empty(diagnostics);
    }

    [Fact]
    public void Apply_EmphasisBombSpreadOverAParagraph_EscapesThatParagraphOnly()
    {
        string[] lines = ["**kept**", "", .. Enumerable.Repeat(string.Concat(Enumerable.Repeat("_a*", 20)), 100)];
        var diagnostics = new List<Diagnostic>();

        Assert.True(InlineDelimiterGuard.Apply(lines, "bomb.md", diagnostics));

        Assert.Equal("**kept**", lines[0]);
        Assert.StartsWith(@"\_a\*", lines[2], StringComparison.Ordinal);
        var warning = Assert.Single(diagnostics);
        Assert.Equal((3, MarkdownDiagnosticCodes.TooManyInlineDelimiters), (warning.Line, warning.Code));
    }

    [Fact]
    public void Apply_EscapedBackslashBeforeABracket_StillEscapesTheBracket()
    {
        var lines = new[] { string.Concat(Enumerable.Repeat(@"\\[a](", 2_000)) };

        InlineDelimiterGuard.Apply(lines, "bomb.md", []);

        Assert.StartsWith(@"\\\[a](", lines[0], StringComparison.Ordinal);
    }

    [Fact]
    public void Apply_DelimitersInsideFencedCode_AreNotCounted()
    {
        string[] lines = ["```yaml", .. Enumerable.Repeat("a_b: '*'", 1_500), "```"];

        Assert.False(InlineDelimiterGuard.Apply(lines, "code.md", []));
    }

    [Fact]
    public void Apply_ManyParagraphsJustUnderTheLimit_EscapesTheLargestUntilTheDocumentFits()
    {
        var paragraph = string.Concat(Enumerable.Repeat("[a](", 1_000));
        string[] lines = [.. Enumerable.Range(0, 150).SelectMany(i => new[] { i == 7 ? paragraph + "[" : paragraph, "" })];
        var diagnostics = new List<Diagnostic>();

        Assert.True(InlineDelimiterGuard.Apply(lines, "bombs.md", diagnostics));

        Assert.Equal(50, diagnostics.Count);
        Assert.Contains("more than 1000 in one paragraph", Assert.Single(diagnostics, d => d.Line == 15).Message, StringComparison.Ordinal);
        Assert.Equal(100, lines.Count(line => line.StartsWith("[a](", StringComparison.Ordinal)));
    }
}
