using System.Text.RegularExpressions;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace TeamGraph.Browser.Tests.Ui;

public sealed partial class ExplorerPageTests(ChromiumFixture chromium) : IClassFixture<ChromiumFixture>
{
    private static readonly LocatorAssertionsToContainTextOptions Wait = new() { Timeout = 30_000 };

    [Fact]
    public async Task Neighbourhood_OfTheDevOpsEngineer_IsDrawnWithTheRolesItHandsTo()
    {
        await using var session = await chromium.OpenAsync();
        var page = session.Page;

        await page.GotoAsync("explorer");
        await Expect(page.Locator("#from option")).ToHaveCountAsync(6, new() { Timeout = 30_000 });
        await page.Locator("input[value=neighbourhood]").CheckAsync();
        await page.Locator("#from").SelectOptionAsync("DO");
        await page.Locator("#depth").SelectOptionAsync("1");
        await page.GetByRole(AriaRole.Button, new() { Name = "Show" }).ClickAsync();

        var diagram = page.Locator("#diagram svg");
        foreach (var name in new[] { "DevOps Engineer", "Backend Developer", "Frontend Developer", "QA Engineer", "Tech Lead", "Project Manager" })
        {
            await Expect(diagram.Locator("g.node").Filter(new() { HasText = name })).ToHaveCountAsync(1, new() { Timeout = 30_000 });
        }

        Assert.Empty(session.ForeignRequests);
        Assert.True(session.Errors.Length == 0, session.Errors);
    }

    [Fact]
    public async Task Link_NamingNoRole_SaysSoWithTheClosestInsteadOfDrawingAnotherRole()
    {
        await using var session = await chromium.OpenAsync();
        var page = session.Page;

        await page.GotoAsync("explorer?role=QAA&depth=1");

        await Expect(page.Locator("#status")).ToContainTextAsync("Unknown actor 'QAA'", Wait);
        await Expect(page.Locator("#status")).ToContainTextAsync("[role:QA]", Wait);
        await Expect(page.Locator("#status")).ToHaveClassAsync(new Regex("error"));
        await Expect(page.Locator("#diagram svg")).ToHaveCountAsync(0);
        Assert.Empty(session.ForeignRequests);
    }

    [Fact]
    public async Task Chains_FromBackendToQa_AreDrawnThroughTheRolesBetween()
    {
        await using var session = await chromium.OpenAsync();
        var page = session.Page;

        await page.GotoAsync("explorer");
        await Expect(page.Locator("#from option")).ToHaveCountAsync(6, new() { Timeout = 30_000 });
        await page.Locator("input[value=chains]").CheckAsync();
        await page.Locator("#from").SelectOptionAsync("BE");
        await page.Locator("#to").SelectOptionAsync("QA");
        await page.Locator("#maxHops").SelectOptionAsync("2");
        await page.GetByRole(AriaRole.Button, new() { Name = "Show" }).ClickAsync();

        var nodes = page.Locator("#diagram svg g.node");
        await Expect(page.Locator("#chain-list")).ToContainTextAsync("Backend Developer", Wait);
        // Since the matcher joins each handoff's rows, fewer parallel handoffs fill the first chains and the ones
        // through the Project Manager ("Progress updates", then "Acceptance criteria") are among those drawn.
        foreach (var name in new[] { "Backend Developer", "QA Engineer", "DevOps Engineer", "Frontend Developer", "Tech Lead", "Project Manager" })
        {
            await Expect(nodes.Filter(new() { HasText = name })).ToHaveCountAsync(1, new() { Timeout = 30_000 });
        }

        Assert.Empty(session.ForeignRequests);
    }

    [Fact]
    public async Task Chains_MoreThanAPage_SayHowManyOfHowManyAreShownAndShowMoreOnRequest()
    {
        await using var session = await chromium.OpenAsync();
        var page = session.Page;
        var answer = await page.APIRequest.PostAsync("graphql", new()
        {
            DataObject = new { query = """{ handoffChains(from: "BE", to: "QA", maxHops: 3, first: 1) { totalCount totalCountExact } }""" },
        });
        var connection = (await answer.JsonAsync())!.Value.GetProperty("data").GetProperty("handoffChains");
        var total = connection.GetProperty("totalCount").GetInt32();
        Assert.True(total > 40, $"BE to QA in three hops should have more than two pages of chains; it has {total}");
        Assert.True(connection.GetProperty("totalCountExact").GetBoolean());

        await page.GotoAsync("explorer?mode=chains&from=BE&to=QA&maxHops=3");

        await Expect(page.Locator("#status")).ToContainTextAsync($"20 of {total} chains", Wait);
        await Expect(page.Locator("#chains li")).ToHaveCountAsync(20);
        await page.Locator("#more-chains").ClickAsync();
        await Expect(page.Locator("#status")).ToContainTextAsync($"40 of {total} chains", Wait);
        await Expect(page.Locator("#chains li")).ToHaveCountAsync(40);
        Assert.Contains("shown=40", page.Url, StringComparison.Ordinal);
        Assert.Empty(session.ForeignRequests);
    }

    [Fact]
    public async Task ClickOnANode_OpensThatRoleWithItsFactsAndTheirSources()
    {
        await using var session = await chromium.OpenAsync();
        var page = session.Page;

        await page.GotoAsync("explorer?mode=chains&from=BE&to=QA&maxHops=2");
        var node = page.Locator("#diagram svg g.node").Filter(new() { HasText = "DevOps Engineer" });
        await node.ClickAsync(new LocatorClickOptions { Timeout = 30_000 });

        var details = page.Locator("#details");
        await Expect(details.Locator("h2")).ToContainTextAsync("DevOps Engineer (DO)", Wait);
        await Expect(details.Locator("h3").First).ToContainTextAsync("Responsibilities", Wait);
        await Expect(details.Locator("li .source").First).ToHaveTextAsync(SourcePattern(), new() { Timeout = 30_000 });
        Assert.True(await details.Locator("li").CountAsync() > 10, await details.InnerTextAsync());
        // The card's tables by kind: what the card says the role is not responsible for is not listed as its duty.
        var headings = await details.Locator("h3").AllInnerTextsAsync();
        Assert.Contains(headings, h => h.StartsWith("Not responsible for (", StringComparison.Ordinal));
        Assert.Contains(headings, h => h.StartsWith("Escalates (", StringComparison.Ordinal));
        Assert.Contains(headings, h => h.StartsWith("Communicates (", StringComparison.Ordinal));
        Assert.Contains(headings, h => h.StartsWith("Quality standards (", StringComparison.Ordinal));
        Assert.Empty(session.ForeignRequests);
        Assert.True(session.Errors.Length == 0, session.Errors);
    }

    [Fact]
    public async Task ClickOnAnOutsideParty_OpensItWhereItIsNamed()
    {
        await using var session = await chromium.OpenAsync();
        var page = session.Page;

        await page.GotoAsync("explorer?role=PM&depth=1");
        var node = page.Locator("#diagram svg g.node").Filter(new() { HasText = "Stakeholders" });
        // The drawing is wider than its frame: taking the focus pans the node into view.
        await node.FocusAsync(new() { Timeout = 30_000 });
        await node.ClickAsync();

        var details = page.Locator("#details");
        await Expect(details.Locator("h2")).ToContainTextAsync("Stakeholders (outside party)", Wait);
        await Expect(details).ToContainTextAsync("Named in: team-structure.md:", Wait);
        await Expect(page.Locator("#status")).Not.ToHaveClassAsync(new Regex("error"));
        Assert.True(session.Errors.Length == 0, session.Errors);
    }

    [GeneratedRegex(@"^roles/devops-engineer\.md:\d+")]
    private static partial Regex SourcePattern();
}
