using TeamGraph.Core.Diagnostics;
using TeamGraph.Core.Ingestion.Markdown;

namespace TeamGraph.Core.Tests.Ingestion.Markdown;

public class RoleCardParserBadInputTests
{
    [Fact]
    public void Parse_EmptyFile_WarnsAndReturnsAnEmptyCard()
    {
        var parsed = ParsedCard.FromData("empty.md");

        var warning = parsed.Single(MarkdownDiagnosticCodes.EmptyDocument);
        Assert.Equal((DiagnosticSeverity.Warning, "markdown/empty.md", (int?)null), (warning.Severity, warning.Path, warning.Line));
        Assert.Equal("markdown/empty.md", parsed.Card.Path);
        Assert.Null(parsed.Card.Title);
        Assert.Empty(parsed.Card.TechnicalSkills);
    }

    [Fact]
    public void Parse_WhitespaceOnly_IsEmpty() =>
        ParsedCard.FromText("blank.md", " \n\n\t\n").Single(MarkdownDiagnosticCodes.EmptyDocument);

    [Fact]
    public void Parse_NoLevelOneHeading_WarnsMissingTitleAndReadsTheRest()
    {
        var parsed = ParsedCard.FromData("no-title.md");

        Assert.Equal(DiagnosticSeverity.Warning, parsed.Single(MarkdownDiagnosticCodes.MissingTitle).Severity);
        Assert.Null(parsed.Card.Title);
        Assert.Equal("Nameless", parsed.Card.Identity.Role?.Text);
    }

    [Fact]
    public void Parse_UnclosedFence_WarnsAtTheOpeningLine()
    {
        var parsed = ParsedCard.FromData("unclosed-fence.md");

        var warning = parsed.Single(MarkdownDiagnosticCodes.UnclosedCodeFence);
        Assert.Equal((DiagnosticSeverity.Warning, (int?)13), (warning.Severity, warning.Line));
        Assert.Equal("Docker", Assert.Single(parsed.Card.Tools).Name);
        Assert.Equal("yaml", Assert.Single(parsed.Card.Examples).Language);
    }

    [Fact]
    public void Parse_ClosedFences_AreNotReported() =>
        Assert.DoesNotContain(ParsedCard.FromText(SeedCard.Path, SeedCard.Text).Diagnostics, diagnostic => diagnostic.Code == MarkdownDiagnosticCodes.UnclosedCodeFence);

    [Fact]
    public void Parse_RaggedRows_WarnPerRowAndReadWhatIsThere()
    {
        var parsed = ParsedCard.FromData("ragged-table.md");

        Assert.Equal(
            [(DiagnosticSeverity.Warning, MarkdownDiagnosticCodes.RaggedTableRow, (int?)8), (DiagnosticSeverity.Warning, MarkdownDiagnosticCodes.RaggedTableRow, (int?)9)],
            parsed.Diagnostics.Select(diagnostic => (diagnostic.Severity, diagnostic.Code, diagnostic.Line)));
        Assert.Equal(
            [("Docker", "Expert", "Containers"), ("Linux", "Advanced", null), ("Go", "Beginner", "CLIs")],
            parsed.Card.TechnicalSkills.Select(skill => (skill.Name, skill.Level, skill.Usage)));
    }

    [Fact]
    public void Parse_TableWithUnknownColumns_WarnsAndKeepsTheSectionAsUnknown()
    {
        var parsed = ParsedCard.FromData("unrecognized-table.md");

        Assert.Equal(5, parsed.Single(MarkdownDiagnosticCodes.UnrecognizedTable).Line);
        var section = Assert.Single(parsed.Card.UnknownSections);
        Assert.Equal(("Tools Proficiency", 3), (section.Heading, section.Source.Line));
        Assert.StartsWith("| Colour | Weight |", section.Markdown, StringComparison.Ordinal);
        Assert.Empty(parsed.Card.Tools);
        Assert.Equal("Runbooks", Assert.Single(parsed.Card.Artifacts).Name);
    }

    [Fact]
    public void Parse_BadFrontMatter_WarnsWithLineAndStillLoadsTheCard()
    {
        var parsed = ParsedCard.FromData("bad-front-matter.md");

        var warning = parsed.Single(MarkdownDiagnosticCodes.InvalidFrontMatter);
        Assert.Equal(DiagnosticSeverity.Warning, warning.Severity);
        Assert.InRange(warning.Line ?? 0, 3, 4);
        Assert.Null(parsed.Card.FrontMatter);
        Assert.Equal("DevOps Engineer", parsed.Card.Title?.Text);
        Assert.Equal("Runbooks", Assert.Single(parsed.Card.Artifacts).Name);
    }

    [Theory]
    [InlineData("---\ncode: A\ncode: B\n---\n# T\n")]
    [InlineData("---\ncode: *missing\n---\n# T\n")]
    [InlineData("---\njust a sentence\n---\n# T\n")]
    public void Parse_FrontMatterThatIsNoMapping_Warns(string text)
    {
        var parsed = ParsedCard.FromText("card.md", text);

        Assert.NotNull(parsed.Single(MarkdownDiagnosticCodes.InvalidFrontMatter).Line);
        Assert.Equal("T", parsed.Card.Title?.Text);
    }

    [Fact]
    public void Parse_FrontMatterAliasesAsList_ReadsEachAlias() =>
        Assert.Equal(["Ops", "SRE"], ParsedCard.FromText("card.md", "---\naliases:\n  - Ops\n  - SRE\n---\n# DevOps\n").Card.FrontMatter?.Aliases);

    [Fact]
    public void Parse_LoneCarriageReturnsAroundAnUnknownSection_DoesNotThrow()
    {
        // Found by AFL++ (bench/TeamGraph.SharpFuzz, card target): Markdig counted lines the reader did not, and keeping
        // the unknown section asked string.Join for a negative count.
        var parsed = ParsedCard.FromText("cr.md", "a\r## Foo\r\r");

        Assert.Equal("Foo", Assert.Single(parsed.Card.UnknownSections).Heading);
    }
}
