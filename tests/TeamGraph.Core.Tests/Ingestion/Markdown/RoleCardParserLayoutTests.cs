namespace TeamGraph.Core.Tests.Ingestion.Markdown;

/// <summary>Cards laid out unlike the seed: sections reordered, at other heading levels, mermaid in odd places.</summary>
public class RoleCardParserLayoutTests
{
    [Fact]
    public void Parse_SectionsReorderedAtAnyLevel_AreStillRecognised()
    {
        const string Text = """
            ### Artifacts
            - Runbooks

            # Platform Engineer

            #### Soft Skills
            - Calm

            Identity
            --------

            | Значение | Параметр |
            |---|---|
            | PE | Код роли |
            """;

        var card = ParsedCard.FromText("card.md", Text).Card;

        Assert.Equal(("Platform Engineer", 4), (card.Title?.Text, card.Title?.Source.Line));
        Assert.Equal("Runbooks", Assert.Single(card.Artifacts).Name);
        Assert.Equal("Calm", Assert.Single(card.SoftSkills).Name);
        Assert.Equal(("PE", 14), (card.Identity.Code?.Text, card.Identity.Code?.Source.Line));
    }

    [Fact]
    public void Parse_MermaidInsideAListOrAnExample_GoesToMermaidBlocksOnly()
    {
        const string Text = """
            # Card

            ## Примеры задач

            ### Flow

            ```mermaid
            graph LR
                A --> B
            ```

            ## Notes

            - A map:
              ```mermaid
              graph TD
                  C --> D
              ```
            """;

        var card = ParsedCard.FromText("card.md", Text).Card;

        Assert.Empty(card.Examples);
        Assert.Equal([(8, "graph LR\n    A --> B"), (16, "graph TD\n    C --> D")], card.MermaidBlocks.Select(block => (block.FirstLine, block.Code)));
    }

    [Fact]
    public void Parse_AutolinksAndLinkNotes_AreLinksWithNotes()
    {
        const string Text = """
            # Card

            See <https://example.com/runbook> and [Paths](../workflows/escalation-paths.md) — who to call.
            """;

        var links = ParsedCard.FromText("card.md", Text).Card.Links;

        Assert.Equal(
            [("https://example.com/runbook", "https://example.com/runbook", null, true), ("Paths", "../workflows/escalation-paths.md", "who to call.", false)],
            links.Select(link => (link.Text, link.Target, link.Note, link.IsExternal)));
    }
}
