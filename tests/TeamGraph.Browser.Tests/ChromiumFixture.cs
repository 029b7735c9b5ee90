using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;
using TeamGraph.GraphQL.Serving;

namespace TeamGraph.Browser.Tests;

/// <summary>
/// Debian's chromium (or <c>$CHROMIUM_PATH</c>) driven by Playwright, and the API it browses. Playwright never
/// downloads a browser here; when there is no chromium, <see cref="SkipReason"/> says so and the tests skip.
/// </summary>
public sealed class ChromiumFixture : IAsyncLifetime
{
    private static readonly string[] Arguments =
        ["--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run"];

    private readonly KestrelSeedApiFactory _api = new();
    private IPlaywright? _playwright;
    private IBrowser? _browser;

    public static string ExecutablePath => Environment.GetEnvironmentVariable("CHROMIUM_PATH") is { Length: > 0 } path ? path : "/usr/bin/chromium";

    /// <summary>Why the browser tests cannot run, or <see langword="null"/> when they can.</summary>
    public string? SkipReason { get; private set; }

    public Uri BaseAddress { get; private set; } = null!;

    public IBrowser Browser => _browser ?? throw new InvalidOperationException(SkipReason);

    public async ValueTask InitializeAsync()
    {
        if (!File.Exists(ExecutablePath))
        {
            SkipReason = $"No chromium at {ExecutablePath} (install Debian's chromium or set CHROMIUM_PATH).";
            return;
        }

        Environment.SetEnvironmentVariable("PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD", "1");
        BaseAddress = _api.Start();
        _playwright = await Playwright.CreateAsync();
        _browser = await _playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions
        {
            ExecutablePath = ExecutablePath,
            Headless = true,
            Args = Arguments,
        });
    }

    /// <summary>
    /// A fresh browser context (no stored GraphiQL tabs) whose requests to other hosts are recorded; its window is
    /// Playwright's 1280 × 720 unless <paramref name="viewport"/> says otherwise.
    /// </summary>
    public async Task<BrowserSession> OpenAsync(ViewportSize? viewport = null)
    {
        Assert.SkipWhen(SkipReason is not null, SkipReason ?? "");
        var options = new BrowserNewContextOptions { BaseURL = BaseAddress.ToString(), AcceptDownloads = true };
        if (viewport is not null)
        {
            options.ViewportSize = viewport;
        }

        var context = await Browser.NewContextAsync(options);
        return await BrowserSession.StartAsync(context, BaseAddress);
    }

    /// <summary>Asks the API a GraphQL query and returns its <c>data</c>, failing the test on any error.</summary>
    public async Task<JsonElement> QueryAsync(string query)
    {
        using var client = new HttpClient { BaseAddress = BaseAddress };
        using var response = await client.PostAsJsonAsync("graphql", new { query }, TestContext.Current.CancellationToken);
        var body = await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken);
        Assert.True(response.IsSuccessStatusCode, body);
        var root = JsonDocument.Parse(body).RootElement;
        Assert.False(root.TryGetProperty("errors", out _), body);
        return root.GetProperty("data").Clone();
    }

    /// <summary>Reloads what the API serves, as a change of the docs folder would (the seed folder itself is never changed).</summary>
    public Task ReloadAsync() => _api.Services.GetRequiredService<IServedGraphSource>().ReloadAsync(TestContext.Current.CancellationToken);

    public async ValueTask DisposeAsync()
    {
        if (_browser is not null)
        {
            await _browser.DisposeAsync();
        }

        _playwright?.Dispose();
        await _api.DisposeAsync();
    }
}
