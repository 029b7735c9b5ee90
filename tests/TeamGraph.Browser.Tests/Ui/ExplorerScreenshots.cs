using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace TeamGraph.Browser.Tests.Ui;

/// <summary>
/// The README's pictures of the explorer on seed (docs/images/explorer-*.png), taken only when
/// <c>TEAMGRAPH_SCREENSHOTS</c> names the folder to write them to (scripts/explorer-screenshots.sh sets it); skipped
/// otherwise, saying so.
/// </summary>
public sealed class ExplorerScreenshots(ChromiumFixture chromium) : IClassFixture<ChromiumFixture>
{
    private static readonly ViewportSize Window = new() { Width = 1440, Height = 900 };

    public static TheoryData<string, string, string> Views() => new()
    {
        { "explorer-neighbourhood.png", "explorer?role=DO&depth=1", "#diagram svg g.node" },
        { "explorer-chains.png", "explorer?mode=chains&from=BE&to=QA&maxHops=3", "#chain-list li" },
        { "explorer-card.png", "explorer?role=QA&depth=1&card=role%3AQA", "#details h2" },
        { "explorer-team.png", "explorer?mode=team&statuses=ONE_SIDED,CONFLICTING", "#diagram svg g.node" },
    };

    [Theory]
    [MemberData(nameof(Views))]
    public async Task Screenshot_OfAView_IsWrittenToTheFolderAsked(string fileName, string link, string drawn)
    {
        var folder = Environment.GetEnvironmentVariable("TEAMGRAPH_SCREENSHOTS");
        Assert.SkipWhen(string.IsNullOrWhiteSpace(folder), "Set TEAMGRAPH_SCREENSHOTS to a folder (docs/images) to take the README's screenshots.");
        await using var session = await chromium.OpenAsync(Window);
        var page = session.Page;

        await page.GotoAsync(link);
        await Expect(page.Locator(drawn).First).ToBeVisibleAsync(new() { Timeout = 30_000 });
        await Expect(page.Locator("#diagram svg g.zoom-layer")).ToHaveAttributeAsync("transform", new System.Text.RegularExpressions.Regex("scale"));

        var path = Path.Combine(Path.GetFullPath(folder!, TestPaths.RepoRoot), fileName);
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        await page.ScreenshotAsync(new() { Path = path });
        Assert.True(new FileInfo(path).Length > 10_000, $"{path} is {new FileInfo(path).Length} bytes");
        Assert.True(session.Errors.Length == 0, session.Errors);
    }
}
