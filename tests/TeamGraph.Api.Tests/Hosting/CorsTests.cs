using System.Net;
using TeamGraph.Api.Tests.Http.Limits;

namespace TeamGraph.Api.Tests.Hosting;

public sealed class CorsTests(SeedApiFactory factory) : IClassFixture<SeedApiFactory>
{
    private const string Allowed = "https://team.example.com";

    [Fact]
    public async Task Preflight_FromAnAllowedOrigin_IsAllowed()
    {
        await using var api = factory.With(("TeamGraph:Limits:AllowedOrigins:0", Allowed));

        using var response = await PreflightAsync(api.CreateClient(), Allowed);

        Assert.Equal(HttpStatusCode.NoContent, response.StatusCode);
        Assert.Equal([Allowed], response.Headers.GetValues("Access-Control-Allow-Origin"));
        Assert.Contains("POST", response.Headers.GetValues("Access-Control-Allow-Methods").Single(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Preflight_FromAnotherOrigin_IsNotAllowed()
    {
        await using var api = factory.With(("TeamGraph:Limits:AllowedOrigins:0", Allowed));

        using var response = await PreflightAsync(api.CreateClient(), "https://evil.example.org");

        Assert.False(response.Headers.Contains("Access-Control-Allow-Origin"));
    }

    [Fact]
    public async Task NoOriginsConfigured_SendsNoCorsHeaders()
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, "/graphql?query=" + Uri.EscapeDataString("{ __typename }"));
        request.Headers.Add("Origin", Allowed);

        using var response = await factory.CreateClient().SendAsync(request, TestContext.Current.CancellationToken);
        using var preflight = await PreflightAsync(factory.CreateClient(), Allowed);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.False(response.Headers.Contains("Access-Control-Allow-Origin"));
        Assert.False(preflight.Headers.Contains("Access-Control-Allow-Origin"));
    }

    [Fact]
    public async Task AllowedOrigin_SimpleRequest_CanReadTheRequestId()
    {
        await using var api = factory.With(("TeamGraph:Limits:AllowedOrigins:0", Allowed));
        using var request = new HttpRequestMessage(HttpMethod.Get, "/graphql?query=" + Uri.EscapeDataString("{ __typename }"));
        request.Headers.Add("Origin", Allowed);

        using var response = await api.CreateClient().SendAsync(request, TestContext.Current.CancellationToken);

        Assert.Equal([Allowed], response.Headers.GetValues("Access-Control-Allow-Origin"));
        Assert.Contains("X-Request-Id", response.Headers.GetValues("Access-Control-Expose-Headers").Single(), StringComparison.OrdinalIgnoreCase);
    }

    private static async Task<HttpResponseMessage> PreflightAsync(HttpClient client, string origin)
    {
        using var request = new HttpRequestMessage(HttpMethod.Options, "/graphql");
        request.Headers.Add("Origin", origin);
        request.Headers.Add("Access-Control-Request-Method", "POST");
        request.Headers.Add("Access-Control-Request-Headers", "content-type");
        return await client.SendAsync(request, TestContext.Current.CancellationToken);
    }
}
