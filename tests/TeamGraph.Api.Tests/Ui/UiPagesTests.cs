using System.Net;

namespace TeamGraph.Api.Tests.Ui;

/// <summary>The page mapping with stand-in built assets, so it is tested whether or not npm built the real ones.</summary>
public sealed class UiPagesTests : IDisposable
{
    private const string BrowserAccept = "text/html,application/xhtml+xml,application/xml;q=0.9,image/avif,image/webp,*/*;q=0.8";
    private const string GraphiQLMarker = "<title>graphiql stand-in</title>";
    private const string ExplorerMarker = "<title>explorer stand-in</title>";
    private readonly TemporaryFolder _contentRoot = new();
    private readonly ContentRootApiFactory _factory;

    public UiPagesTests()
    {
        _contentRoot.Write("wwwroot/ui/graphiql.html", GraphiQLMarker);
        _contentRoot.Write("wwwroot/ui/explorer.html", ExplorerMarker);
        _contentRoot.Write("wwwroot/ui/chunks/app.js", "export const answer = 42;");
        _factory = new ContentRootApiFactory(_contentRoot.Path);
    }

    [Theory]
    [InlineData("/", BrowserAccept, GraphiQLMarker)]
    [InlineData("/graphql", BrowserAccept, GraphiQLMarker)]
    [InlineData("/graphql", "text/html", GraphiQLMarker)]
    [InlineData("/explorer", BrowserAccept, ExplorerMarker)]
    [InlineData("/ui/chunks/app.js", "*/*", "answer = 42")]
    public async Task Get_BuiltAsset_IsServed(string path, string accept, string expected)
    {
        using var response = await GetAsync(path, accept);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains(expected, await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("/graphql?query=%7B__typename%7D", BrowserAccept)]
    [InlineData("/graphql", "application/graphql-response+json, text/html;q=0.5")]
    [InlineData("/graphql", "application/json")]
    public async Task Get_GraphQLRequest_IsNotAnsweredWithThePage(string path, string accept)
    {
        using var response = await GetAsync(path, accept);

        Assert.DoesNotContain(GraphiQLMarker, await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken), StringComparison.Ordinal);
        Assert.Contains("json", response.Content.Headers.ContentType?.MediaType ?? "", StringComparison.Ordinal);
    }

    public void Dispose()
    {
        _factory.Dispose();
        _contentRoot.Dispose();
    }

    private Task<HttpResponseMessage> GetAsync(string path, string accept)
    {
        var request = new HttpRequestMessage(HttpMethod.Get, path);
        request.Headers.Accept.ParseAdd(accept);
        return _factory.CreateClient().SendAsync(request, TestContext.Current.CancellationToken);
    }
}
