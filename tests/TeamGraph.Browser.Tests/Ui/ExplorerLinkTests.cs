using System.Text.RegularExpressions;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace TeamGraph.Browser.Tests.Ui;

/// <summary>The explorer's state in its URL: links restore a view and its open card, back and forward step through views.</summary>
public sealed partial class ExplorerLinkTests(ChromiumFixture chromium) : IClassFixture<ChromiumFixture>
{
    private static readonly LocatorAssertionsToContainTextOptions Wait = new() { Timeout = 30_000 };

    [Fact]
    public async Task Link_ToChainsWithACard_RestoresTheFormTheDiagramAndTheCard()
    {
        await using var session = await chromium.OpenAsync();
        var page = session.Page;

        await page.GotoAsync("explorer?mode=chains&from=BE&to=QA&maxHops=2&card=role%3ADO");

        var details = page.Locator("#details");
        await Expect(details.Locator("h2")).ToContainTextAsync("DevOps Engineer (DO)", Wait);
        await Expect(page.Locator("input[value=chains]")).ToBeCheckedAsync();
        await Expect(page.Locator("#from")).ToHaveValueAsync("BE");
        await Expect(page.Locator("#to")).ToHaveValueAsync("QA");
        await Expect(page.Locator("#maxHops")).ToHaveValueAsync("2");
        await Expect(page.Locator("#diagram svg g.node.selected")).ToContainTextAsync("DevOps Engineer", Wait);
        await Expect(page.Locator("#chain-list")).ToContainTextAsync("Backend Developer", Wait);
        Assert.True(session.Errors.Length == 0, session.Errors);
    }

    [Fact]
    public async Task EveryViewAndCard_IsInTheUrl_AndBackAndForwardRestoreThem()
    {
        await using var session = await chromium.OpenAsync();
        var page = session.Page;
        var nodes = page.Locator("#diagram svg g.node");
        var details = page.Locator("#details h2");

        await page.GotoAsync("explorer?role=DO&depth=1");
        await Expect(page).ToHaveURLAsync(new Regex(@"\?mode=neighbourhood&role=DO&depth=1$"));
        // QA is off screen at the start (the drawing is wider than the viewport): a node taking the focus is panned into
        // view, and Enter opens it.
        var qa = nodes.Filter(new() { HasText = "QA Engineer" });
        await Expect(qa).ToHaveCountAsync(1, new() { Timeout = 30_000 });
        await Expect(qa).Not.ToBeInViewportAsync(new() { Ratio = 1 });
        await qa.FocusAsync();
        await Expect(qa).ToBeInViewportAsync(new() { Ratio = 1 });
        await page.Keyboard.PressAsync("Enter");
        await Expect(details).ToContainTextAsync("QA Engineer (QA)", Wait);
        await Expect(page).ToHaveURLAsync(new Regex(@"\?mode=neighbourhood&role=DO&depth=1&card=role%3AQA$"));
        var depth1Count = await nodes.CountAsync();

        await page.Locator("#depth").SelectOptionAsync("2");
        await page.GetByRole(AriaRole.Button, new() { Name = "Show" }).ClickAsync();
        await Expect(page).ToHaveURLAsync(new Regex(@"\?mode=neighbourhood&role=DO&depth=2&card=role%3AQA$"));
        await Expect(page.Locator("#status")).ToContainTextAsync("around DevOps Engineer (depth 2)", Wait);

        await page.Locator("input[value=chains]").CheckAsync();
        await page.Locator("#from").SelectOptionAsync("BE");
        await page.Locator("#to").SelectOptionAsync("QA");
        await page.Locator("#maxHops").SelectOptionAsync("3");
        await page.GetByRole(AriaRole.Button, new() { Name = "Show" }).ClickAsync();
        await Expect(page).ToHaveURLAsync(new Regex(@"\?mode=chains&from=BE&to=QA&maxHops=3&card=role%3AQA$"));
        await Expect(page.Locator("#chain-list")).ToContainTextAsync("Backend Developer", Wait);

        await page.GoBackAsync();
        await Expect(page.Locator("input[value=neighbourhood]")).ToBeCheckedAsync();
        await Expect(page.Locator("#depth")).ToHaveValueAsync("2");
        await Expect(page.Locator("#status")).ToContainTextAsync("around DevOps Engineer (depth 2)", Wait);
        await Expect(page.Locator("#chain-list")).ToBeEmptyAsync();

        await page.GoBackAsync();
        await Expect(page.Locator("#depth")).ToHaveValueAsync("1");
        await Expect(page.Locator("#status")).ToContainTextAsync("around DevOps Engineer (depth 1)", Wait);
        await Expect(nodes).ToHaveCountAsync(depth1Count);
        await Expect(details).ToContainTextAsync("QA Engineer (QA)");

        await page.GoBackAsync();
        await Expect(page).ToHaveURLAsync(new Regex(@"\?mode=neighbourhood&role=DO&depth=1$"));
        await Expect(page.Locator("#details h2")).ToHaveCountAsync(0);
        await Expect(page.Locator("#details")).ToContainTextAsync("Click a node to see its card.");
        await Expect(page.Locator("#diagram svg g.node.selected")).ToHaveCountAsync(0);

        await page.GoForwardAsync();
        await Expect(details).ToContainTextAsync("QA Engineer (QA)", Wait);
        await Expect(page.Locator("#diagram svg g.node.selected")).ToContainTextAsync("QA Engineer");
        Assert.True(session.Errors.Length == 0, session.Errors);
    }

    [Fact]
    public async Task ZoomLevel_ChosenByTheUser_IsInTheLink_AndALinkWithOneRestoresIt()
    {
        await using var session = await chromium.OpenAsync();
        var page = session.Page;
        var layer = page.Locator("#diagram svg g.zoom-layer");

        await page.GotoAsync("explorer?role=DO&depth=1&card=role%3ADO&zoom=150");

        await Expect(page.Locator("#zoom-level")).ToHaveTextAsync("150%", new() { Timeout = 30_000 });
        await Expect(layer).ToHaveAttributeAsync("transform", new Regex(@"scale\(1\.5\)$"));
        await Expect(page.Locator("#details h2")).ToContainTextAsync("DevOps Engineer (DO)", Wait);
        await Expect(page).ToHaveURLAsync(new Regex(@"\?mode=neighbourhood&role=DO&depth=1&card=role%3ADO&zoom=150$"));

        await page.GetByRole(AriaRole.Button, new() { Name = "Zoom in" }).ClickAsync();
        await Expect(page).ToHaveURLAsync(new Regex(@"&card=role%3ADO&zoom=188$"));
        await page.GetByRole(AriaRole.Button, new() { Name = "Reset view" }).ClickAsync();
        await Expect(page.Locator("#zoom-level")).ToHaveTextAsync("75%");
        await Expect(page).ToHaveURLAsync(new Regex(@"&card=role%3ADO&zoom=75$"));

        // A new view starts at its own scale, and its link has no zoom level until the user picks one.
        await page.Locator("#depth").SelectOptionAsync("2");
        await page.GetByRole(AriaRole.Button, new() { Name = "Show" }).ClickAsync();
        await Expect(page).ToHaveURLAsync(new Regex(@"\?mode=neighbourhood&role=DO&depth=2&card=role%3ADO$"));
        await page.GoBackAsync();
        await Expect(page.Locator("#zoom-level")).ToHaveTextAsync("75%", new() { Timeout = 30_000 });
        await Expect(page.Locator("#depth")).ToHaveValueAsync("1");
        Assert.True(session.Errors.Length == 0, session.Errors);
    }

    [Fact]
    public async Task Card_WithASourceLinkTemplate_LinksEachSourceToItsLine()
    {
        await using var session = await chromium.OpenAsync();
        var page = session.Page;

        await page.GotoAsync("explorer?role=DO&depth=1&card=DO");

        var links = page.Locator("#details li a.source-link");
        await Expect(links.First).ToHaveTextAsync(SourcePattern(), new() { Timeout = 30_000 });
        var count = await links.CountAsync();
        Assert.True(count > 10, $"{count} links");
        foreach (var link in await links.AllAsync())
        {
            var text = await link.InnerTextAsync();
            var (path, line) = (text[..text.LastIndexOf(':')], text[(text.LastIndexOf(':') + 1)..]);
            Assert.Equal(KestrelSeedApiFactory.SourceLinkTemplate.Replace("{path}", path, StringComparison.Ordinal).Replace("{line}", line, StringComparison.Ordinal),
                await link.GetAttributeAsync("href"));
            Assert.Equal("_blank", await link.GetAttributeAsync("target"));
        }

        await Expect(page.Locator("#details p.source a.source-link")).ToHaveAttributeAsync("href", new Regex(@"/roles/devops-engineer\.md#L\d+$"));
        Assert.Empty(session.ForeignRequests);
    }

    [GeneratedRegex(@"^roles/devops-engineer\.md:\d+$")]
    private static partial Regex SourcePattern();
}
