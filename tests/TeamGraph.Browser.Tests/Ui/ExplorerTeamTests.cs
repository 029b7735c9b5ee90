using System.Text.RegularExpressions;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace TeamGraph.Browser.Tests.Ui;

/// <summary>The explorer's whole-team view on seed: the API's diagram with the form's filters, in the link, clickable.</summary>
public sealed class ExplorerTeamTests(ChromiumFixture chromium) : IClassFixture<ChromiumFixture>
{
    private static readonly LocatorAssertionsToContainTextOptions Wait = new() { Timeout = 30_000 };

    [Fact]
    public async Task Team_WithOneSidedHandoffsOnly_DrawsOnlyRedDashedEdges_AsManyAsTheApiSays()
    {
        await using var session = await chromium.OpenAsync();
        var page = session.Page;
        var expected = await ExplorerDiagramTests.ExpectedDiagramAsync(chromium, "scope: { team: true }, statuses: [ONE_SIDED]");
        var whole = await ExplorerDiagramTests.ExpectedDiagramAsync(chromium, "scope: { team: true }");
        Assert.True(expected.Edges > 0 && expected.Edges < whole.Edges, $"seed's team has one-sided handoffs ({expected.Edges}) among others ({whole.Edges} edges)");

        await ExplorerDiagramTests.OpenDrawnAsync(page, "explorer?mode=team&statuses=ONE_SIDED");

        await Expect(page.Locator("#status")).ToContainTextAsync($"The whole team: {Count(expected.Edges, "edge")} among {Count(expected.Nodes, "actor")}", Wait);
        await Expect(page.Locator("input[name=statuses][value=ONE_SIDED]")).ToBeCheckedAsync();
        var drawn = await ExplorerDiagramTests.DrawnAsync(page);
        Assert.Equal(expected.Edges, drawn.Edges.Length);
        Assert.True(drawn.Edges.All(ExplorerDiagramTests.IsRedDashed), string.Join("; ", drawn.Edges));
        Assert.Equal(expected.NodeKeys, drawn.NodeKeys);
        Assert.Equal(expected.ClusterKeys, drawn.ClusterKeys);
        Assert.True(session.Errors.Length == 0, session.Errors);
        Assert.Empty(session.ForeignRequests);
    }

    [Fact]
    public async Task Link_WithTeamFilters_RestoresTheFormAndTheDrawing_AndBackAndForwardStepThroughThem()
    {
        await using var session = await chromium.OpenAsync();
        var page = session.Page;
        const string Filters = """statuses: [CONFIRMED], groups: ["group:developers"], documented: true, mergeParallel: NEVER""";
        var withEscalations = await ExplorerDiagramTests.ExpectedDiagramAsync(chromium, $"scope: {{ team: true }}, kinds: [HANDOFF, ESCALATION], {Filters}");
        var handoffsOnly = await ExplorerDiagramTests.ExpectedDiagramAsync(chromium, $"scope: {{ team: true }}, {Filters}");
        Assert.True(withEscalations.Edges > handoffsOnly.Edges && handoffsOnly.Edges > 0, $"{withEscalations.Edges} edges with escalations, {handoffsOnly.Edges} without");

        await ExplorerDiagramTests.OpenDrawnAsync(page, "explorer?mode=team&kinds=HANDOFF,ESCALATION&statuses=CONFIRMED&groups=group%3Adevelopers&documented=true&merge=NEVER");

        await Expect(page.Locator("input[name=mode][value=team]")).ToBeCheckedAsync();
        await ExpectCheckedAsync(page, "kinds", "HANDOFF", "ESCALATION");
        await ExpectCheckedAsync(page, "statuses", "CONFIRMED");
        await ExpectCheckedAsync(page, "groups", "group:developers");
        await Expect(page.Locator("#documented")).ToHaveValueAsync("true");
        await Expect(page.Locator("#merge")).ToHaveValueAsync("NEVER");
        await Expect(page.Locator("#status")).ToContainTextAsync($"The whole team: {Count(withEscalations.Edges, "edge")} among {Count(withEscalations.Nodes, "actor")}", Wait);
        Assert.Equal(withEscalations.Edges, (await ExplorerDiagramTests.DrawnAsync(page)).Edges.Length);

        await page.Locator("input[name=kinds][value=ESCALATION]").UncheckAsync();
        await page.GetByRole(AriaRole.Button, new() { Name = "Show" }).ClickAsync();
        await Expect(page).ToHaveURLAsync(new Regex(@"\?mode=team&statuses=CONFIRMED&groups=group%3Adevelopers&documented=true&merge=NEVER$"));
        await Expect(page.Locator("#status")).ToContainTextAsync($"The whole team: {Count(handoffsOnly.Edges, "edge")} among {Count(handoffsOnly.Nodes, "actor")}", Wait);
        Assert.Equal(handoffsOnly.Edges, (await ExplorerDiagramTests.DrawnAsync(page)).Edges.Length);

        await page.GoBackAsync();
        await ExpectCheckedAsync(page, "kinds", "HANDOFF", "ESCALATION");
        await Expect(page.Locator("#status")).ToContainTextAsync($"The whole team: {Count(withEscalations.Edges, "edge")} among", Wait);
        await page.GoForwardAsync();
        await ExpectCheckedAsync(page, "kinds", "HANDOFF");
        await Expect(page.Locator("#status")).ToContainTextAsync($"The whole team: {Count(handoffsOnly.Edges, "edge")} among", Wait);
        Assert.True(session.Errors.Length == 0, session.Errors);
    }

    [Fact]
    public async Task ClickOnANodeOrAGroupBox_InTheTeamView_OpensItsCard()
    {
        await using var session = await chromium.OpenAsync();
        var page = session.Page;
        await ExplorerDiagramTests.OpenDrawnAsync(page, "explorer?mode=team");
        var details = page.Locator("#details h2");

        var techLead = page.Locator("#diagram svg g.node").Filter(new() { HasText = "Tech Lead" });
        await techLead.FocusAsync();
        await techLead.ClickAsync();
        await Expect(details).ToContainTextAsync("Tech Lead (TL)", Wait);
        await Expect(page).ToHaveURLAsync(new Regex(@"\?mode=team&card=role%3ATL$"));

        var developers = page.Locator("#diagram svg g.cluster[data-actor-id='group:developers']");
        await developers.FocusAsync();
        await developers.Locator(".cluster-label").ClickAsync();
        await Expect(details).ToContainTextAsync("Developers (group)", Wait);
        await Expect(page.Locator("#details")).ToContainTextAsync("Backend Developer");
        Assert.True(session.Errors.Length == 0, session.Errors);
    }

    [Fact]
    public async Task Link_NamingAGroup_ByItsName_ChecksIt_AndOneNamingNoGroup_SaysSoInsteadOfDrawing()
    {
        await using var session = await chromium.OpenAsync();
        var page = session.Page;

        await ExplorerDiagramTests.OpenDrawnAsync(page, "explorer?mode=team&groups=developers");
        await ExpectCheckedAsync(page, "groups", "group:developers");
        await Expect(page).ToHaveURLAsync(new Regex(@"\?mode=team&groups=group%3Adevelopers$"));

        await page.GotoAsync("explorer?mode=team&groups=Develpers");
        await Expect(page.Locator("#status")).ToContainTextAsync("Unknown actor 'Develpers'", Wait);
        await Expect(page.Locator("#status")).ToHaveClassAsync(new Regex("error"));
        await Expect(page.Locator("#diagram svg")).ToHaveCountAsync(0);
        Assert.Empty(session.ForeignRequests);
    }

    // "1 edge", "15 edges", as the status line says them.
    private static string Count(int count, string thing) => count == 1 ? $"1 {thing}" : $"{count} {thing}s";

    private static async Task ExpectCheckedAsync(IPage page, string name, params string[] values)
    {
        foreach (var box in await page.Locator($"input[name={name}]").AllAsync())
        {
            var value = await box.GetAttributeAsync("value");
            await (values.Contains(value) ? Expect(box).ToBeCheckedAsync() : Expect(box).Not.ToBeCheckedAsync());
        }
    }
}
