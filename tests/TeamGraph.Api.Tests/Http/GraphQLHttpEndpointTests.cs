using System.Net;
using System.Net.Http.Headers;
using System.Text;
using System.Text.Json;

namespace TeamGraph.Api.Tests.Http;

public sealed class GraphQLHttpEndpointTests(SeedApiFactory factory) : IClassFixture<SeedApiFactory>
{
    private const string GraphQLResponse = "application/graphql-response+json";
    private readonly HttpClient _client = factory.CreateClient();

    [Fact]
    public async Task Get_QueryWithVariables_AnswersAsGraphQLResponseJson()
    {
        var url = "/graphql?query=" + Uri.EscapeDataString("query($id: ID!) { role(id: $id) { name } }")
            + "&variables=" + Uri.EscapeDataString("""{"id":"QA"}""");

        var (status, type, body) = await SendAsync(new HttpRequestMessage(HttpMethod.Get, url));

        Assert.Equal(HttpStatusCode.OK, status);
        Assert.Equal(GraphQLResponse, type);
        Assert.Equal("QA Engineer", body.Text("data.role.name"));
    }

    [Fact]
    public async Task Post_AcceptingOnlyJson_AnswersAsApplicationJson()
    {
        var (status, type, body) = await SendAsync(Post("""{"query":"{ role(id: \"BE\") { code } }"}""", "application/json"));

        Assert.Equal(HttpStatusCode.OK, status);
        Assert.Equal("application/json", type);
        Assert.Equal("BE", body.Text("data.role.code"));
    }

    [Theory]
    [InlineData("""{"query":"{"}""")]
    [InlineData("""{"query":"{ noSuchField }"}""")]
    public async Task Post_UnparsableOrInvalidQuery_Is400WithoutData(string request)
    {
        var (status, type, body) = await SendAsync(Post(request, GraphQLResponse));

        Assert.Equal(HttpStatusCode.BadRequest, status);
        Assert.Equal(GraphQLResponse, type);
        Assert.False(body.TryGetProperty("data", out _));
        Assert.NotEqual(0, body.At("errors").GetArrayLength());
    }

    [Fact]
    public async Task Post_UnparsableQueryAcceptingJson_Is200WithErrors()
    {
        var (status, _, body) = await SendAsync(Post("""{"query":"{"}""", "application/json"));

        Assert.Equal(HttpStatusCode.OK, status);
        Assert.NotEqual(0, body.At("errors").GetArrayLength());
    }

    [Theory]
    [InlineData("not json")]
    [InlineData("[]")]
    [InlineData("""{"variables":{}}""")]
    [InlineData("""{"query":1}""")]
    [InlineData("""{"query":"{ stats { roles } }","variables":"x"}""")]
    public async Task Post_MalformedRequest_Is400(string request)
    {
        var (status, type, _) = await SendAsync(Post(request, null));

        Assert.Equal(HttpStatusCode.BadRequest, status);
        Assert.Equal(GraphQLResponse, type);
    }

    [Fact]
    public async Task Post_OtherContentType_Is415()
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, "/graphql") { Content = new StringContent("{ stats { roles } }", Encoding.UTF8, "text/plain") };

        var (status, _, _) = await SendAsync(request);

        Assert.Equal(HttpStatusCode.UnsupportedMediaType, status);
    }

    [Fact]
    public async Task Put_Is405AllowingGetAndPost()
    {
        using var response = await _client.PutAsync("/graphql", new StringContent("{}", Encoding.UTF8, "application/json"), TestContext.Current.CancellationToken);

        Assert.Equal(HttpStatusCode.MethodNotAllowed, response.StatusCode);
        Assert.Equal(["GET", "POST"], response.Content.Headers.Allow);
    }

    [Fact]
    public async Task Get_Mutation_Is405AllowingPost()
    {
        using var response = await _client.GetAsync("/graphql?query=" + Uri.EscapeDataString("mutation { reload }"), TestContext.Current.CancellationToken);

        Assert.Equal(HttpStatusCode.MethodNotAllowed, response.StatusCode);
        Assert.Equal(["POST"], response.Content.Headers.Allow);
    }

    [Fact]
    public async Task Get_AcceptingNeitherJsonType_Is406()
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, "/graphql?query=" + Uri.EscapeDataString("{ stats { roles } }"));
        request.Headers.Accept.ParseAdd("text/html");

        var (status, _, _) = await SendAsync(request);

        Assert.Equal(HttpStatusCode.NotAcceptable, status);
    }

    private static HttpRequestMessage Post(string body, string? accept)
    {
        var request = new HttpRequestMessage(HttpMethod.Post, "/graphql") { Content = new StringContent(body, Encoding.UTF8, "application/json") };
        if (accept is not null)
        {
            request.Headers.Accept.Add(new MediaTypeWithQualityHeaderValue(accept));
        }

        return request;
    }

    private async Task<(HttpStatusCode Status, string? MediaType, JsonElement Body)> SendAsync(HttpRequestMessage request)
    {
        using (request)
        using (var response = await _client.SendAsync(request, TestContext.Current.CancellationToken))
        {
            var text = await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken);
            var body = text.Length == 0 ? default : JsonDocument.Parse(text).RootElement;
            return (response.StatusCode, response.Content.Headers.ContentType?.MediaType, body);
        }
    }
}
