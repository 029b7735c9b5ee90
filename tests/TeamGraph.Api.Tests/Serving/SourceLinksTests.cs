using TeamGraph.Core.Cards;
using TeamGraph.GraphQL.Serving;

namespace TeamGraph.Api.Tests.Serving;

public sealed class SourceLinksTests
{
    private const string GitHub = "https://github.com/acme/team/blob/main/{path}#L{line}";

    [Fact]
    public void UrlOf_EscapesEachSegmentOfThePathAndKeepsTheSlashes()
    {
        var links = SourceLinks.From(GitHub);

        Assert.Equal("https://github.com/acme/team/blob/main/roles/%D0%A0%D0%BE%D0%BB%D0%B8%20%26%20%23%201.md#L12",
            links.UrlOf(new SourceRef("roles/Роли & # 1.md", 12)));
    }

    [Fact]
    public void UrlOf_AnUnknownLine_LinksToTheDocumentWithoutTheLineFragment()
    {
        Assert.Equal("https://github.com/acme/team/blob/main/team-structure.md", SourceLinks.From(GitHub).UrlOf(new SourceRef("team-structure.md", 0)));
    }

    [Theory]
    [InlineData(null)]
    [InlineData("  ")]
    public void From_Blank_GivesNoLinks(string? template)
    {
        var links = SourceLinks.From(template);

        Assert.Null(links.Template);
        Assert.Null(links.UrlOf(new SourceRef("roles/qa.md", 3)));
    }

    [Theory]
    [InlineData("https://github.com/acme/team/blob/main/README.md#L{line}", "has no {path}")]
    [InlineData("https://github.com/acme/team/blob/{branch}/{path}", "placeholder other than")]
    [InlineData("roles/{path}", "not an absolute http(s) URL")]
    [InlineData("javascript:alert(1)//{path}", "not an absolute http(s) URL")]
    public void From_ATemplateThatCannotMakeLinks_SaysWhy(string template, string reason)
    {
        var error = Assert.Throws<FormatException>(() => SourceLinks.From(template));

        Assert.Contains(reason, error.Message, StringComparison.Ordinal);
        Assert.Contains(template, error.Message, StringComparison.Ordinal);
    }
}
