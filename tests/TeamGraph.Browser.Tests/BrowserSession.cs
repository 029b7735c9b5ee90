using System.Collections.Concurrent;
using Microsoft.Playwright;

namespace TeamGraph.Browser.Tests;

/// <summary>One page in its own browser context, with the requests it made to any host but the API's and its script errors.</summary>
public sealed class BrowserSession : IAsyncDisposable
{
    private readonly IBrowserContext _context;
    private readonly ConcurrentQueue<string> _foreignRequests = new();
    private readonly ConcurrentQueue<string> _errors = new();

    private BrowserSession(IBrowserContext context, IPage page)
    {
        _context = context;
        Page = page;
    }

    public IPage Page { get; }

    /// <summary>Requests to hosts other than the API's, such as a CDN: the pages must make none.</summary>
    public IReadOnlyCollection<string> ForeignRequests => _foreignRequests;

    /// <summary>Uncaught exceptions, console errors and failed responses of the page.</summary>
    public string Errors => string.Join(Environment.NewLine, _errors);

    public static async Task<BrowserSession> StartAsync(IBrowserContext context, Uri api)
    {
        var page = await context.NewPageAsync();
        var session = new BrowserSession(context, page);
        context.Request += (_, request) =>
        {
            if (Uri.TryCreate(request.Url, UriKind.Absolute, out var url) && url.Scheme.StartsWith("http", StringComparison.Ordinal)
                && url.Authority != api.Authority)
            {
                session._foreignRequests.Enqueue(request.Url);
            }
        };
        page.PageError += (_, error) => session._errors.Enqueue(error);
        page.Response += (_, response) =>
        {
            if (response.Status >= 400)
            {
                session._errors.Enqueue($"{response.Status} {response.Url}");
            }
        };
        page.Console += (_, message) =>
        {
            if (message.Type == "error")
            {
                session._errors.Enqueue(message.Text);
            }
        };
        return session;
    }

    public async ValueTask DisposeAsync() => await _context.DisposeAsync();
}
