using System.Net;
using System.Text;

namespace TeamGraph.Api.Tests.Http.Limits;

public sealed class RequestBodyLimitTests(SeedApiFactory factory) : IClassFixture<SeedApiFactory>
{
    private const string Padded = """{"query":"{ stats { roles } }","extensions":{"padding":"PADDING"}}""";

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public async Task Post_BodyOverTheLimit_Is413WithRequestTooLarge(bool chunked)
    {
        await using var api = factory.With(("TeamGraph:Limits:MaxRequestBodyBytes", "1000"));
        var body = Padded.Replace("PADDING", new string('x', 2000), StringComparison.Ordinal);

        var (status, answer) = await SendAsync(api.CreateClient(), body, chunked);

        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, status);
        Assert.Equal("REQUEST_TOO_LARGE", answer.OnlyErrorCode());
        Assert.Contains("1000 bytes", answer.Text("errors.0.message"), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Post_BodyUnderTheLimit_Runs()
    {
        await using var api = factory.With(("TeamGraph:Limits:MaxRequestBodyBytes", "1000"));

        var (status, answer) = await SendAsync(api.CreateClient(), Padded.Replace("PADDING", new string('x', 800), StringComparison.Ordinal), chunked: false);

        Assert.Equal(HttpStatusCode.OK, status);
        Assert.True(answer.Number("data.stats.roles") > 0);
    }

    [Fact]
    public async Task Post_BatchOfRequests_Is400SayingBatchingIsOff()
    {
        var (status, answer) = await SendAsync(factory.CreateClient(), """[{"query":"{ stats { roles } }"},{"query":"{ __typename }"}]""", chunked: false);

        Assert.Equal(HttpStatusCode.BadRequest, status);
        Assert.Equal("BATCHING_NOT_SUPPORTED", answer.OnlyErrorCode());
        Assert.Contains("one request per POST", answer.Text("errors.0.message"), StringComparison.Ordinal);
    }

    private static async Task<(HttpStatusCode Status, System.Text.Json.JsonElement Body)> SendAsync(HttpClient client, string body, bool chunked)
    {
        HttpContent content = chunked
            ? new StreamContent(new MemoryStream(Encoding.UTF8.GetBytes(body)))
            : new StringContent(body, Encoding.UTF8);
        content.Headers.ContentType = new("application/json");
        using var request = new HttpRequestMessage(HttpMethod.Post, "/graphql") { Content = content };
        request.Headers.TransferEncodingChunked = chunked;
        using var response = await client.SendAsync(request, TestContext.Current.CancellationToken);
        return (response.StatusCode, await RawGraphQL.BodyAsync(response));
    }
}
