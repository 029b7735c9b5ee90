using System.Net;
using TeamGraph.Api.Ui;

namespace TeamGraph.Api.Tests.Ui;

public sealed class UiNotBuiltPageTests : IDisposable
{
    private const string BrowserAccept = "text/html,application/xhtml+xml,application/xml;q=0.9,image/avif,image/webp,*/*;q=0.8";
    private readonly TemporaryFolder _contentRoot = new();
    private readonly ContentRootApiFactory _factory;

    public UiNotBuiltPageTests() => _factory = new ContentRootApiFactory(_contentRoot.Path);

    [Theory]
    [InlineData("/")]
    [InlineData("/graphql")]
    [InlineData("/explorer")]
    public async Task Page_WithoutBuiltAssets_Is503AndSaysHowToBuildThem(string path)
    {
        using var response = await GetAsync(path, BrowserAccept);
        var body = await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken);

        Assert.Equal(HttpStatusCode.ServiceUnavailable, response.StatusCode);
        Assert.Equal("text/html", response.Content.Headers.ContentType?.MediaType);
        Assert.Contains(UiNotBuiltPage.Title, body, StringComparison.Ordinal);
        Assert.Contains("npm ci", body, StringComparison.Ordinal);
        Assert.Contains("npm run build", body, StringComparison.Ordinal);
        Assert.Contains("TEAMGRAPH_SKIP_UI_BUILD", body, StringComparison.Ordinal);
    }

    [Fact]
    public async Task GraphQL_WithoutBuiltAssets_StillAnswersQueries()
    {
        using var response = await GetAsync("/graphql?query=" + Uri.EscapeDataString("{ role(id: \"DO\") { name } }"), BrowserAccept);
        var body = await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("DevOps Engineer", body, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Examples_WithoutBuiltAssets_AreStillServed()
    {
        using var response = await GetAsync("/ui/examples.json", "application/json");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("handoffChains", await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken), StringComparison.Ordinal);
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
