using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace TeamGraph.Browser.Tests.Ui;

public sealed class GraphiQLPageTests(ChromiumFixture chromium) : IClassFixture<ChromiumFixture>
{
    private static readonly LocatorAssertionsToContainTextOptions s_wait = new() { Timeout = 30_000 };

    [Fact]
    public async Task GraphQL_OpenedInTheBrowser_RunsTheRoleCardExampleAndShowsTheAnswer()
    {
        await using var session = await chromium.OpenAsync();
        var page = session.Page;

        var response = await page.GotoAsync("graphql");
        Assert.Equal(200, response?.Status);
        await page.Locator(".graphiql-execute-button").ClickAsync(new LocatorClickOptions { Timeout = 30_000 });

        await Expect(page.Locator(".graphiql-response")).ToContainTextAsync("DevOps Engineer", s_wait);
        await Expect(page.Locator(".graphiql-response")).ToContainTextAsync("roles/devops-engineer.md", s_wait);
        Assert.Empty(session.ForeignRequests);
    }

    [Fact]
    public async Task Root_OpensEveryExampleAsATab_AndCtrlEnterRunsTheSelectedOne()
    {
        await using var session = await chromium.OpenAsync();
        var page = session.Page;

        await page.GotoAsync("");
        var tabs = page.Locator(".graphiql-tab");
        foreach (var name in new[] { "RoleCard", "ChainBackendToQa", "DownstreamOfDevOps", "SearchDeploy", "Audit", "Stats" })
        {
            await Expect(tabs.Filter(new LocatorFilterOptions { HasText = name })).ToHaveCountAsync(1, new() { Timeout = 30_000 });
        }

        await tabs.Filter(new LocatorFilterOptions { HasText = "ChainBackendToQa" }).ClickAsync();
        await page.Locator(".graphiql-query-editor .CodeMirror").ClickAsync();
        await page.Keyboard.PressAsync("Control+Enter");

        await Expect(page.Locator(".graphiql-response")).ToContainTextAsync("\"hops\"", s_wait);
        await Expect(page.Locator(".graphiql-response")).ToContainTextAsync("QA Engineer", s_wait);
        Assert.Empty(session.ForeignRequests);
        Assert.True(session.Errors.Length == 0, session.Errors);
    }
}
