using System.Net;
using Microsoft.Extensions.DependencyInjection;
using TeamGraph.Api.Http.Limits;
using TeamGraph.Api.Tests.Http.Limits;

namespace TeamGraph.Api.Tests.Http;

/// <summary>GraphQL over Server-Sent Events (graphql-sse's distinct connections mode) at the GraphQL endpoint.</summary>
public sealed class GraphQLHttpEndpointEventStreamTests(SeedApiFactory factory) : IClassFixture<SeedApiFactory>
{
    private const string Subscription = "subscription { graphChanged { loadedAt documents nodes relationships errors } }";

    private readonly HttpClient _client = factory.CreateClient();

    [Fact]
    public async Task Query_AcceptingEventStream_IsOneNextEventThenComplete()
    {
        await using var stream = await EventStreamClient.OpenAsync(_client, "{ stats { documents } }");

        Assert.Equal(HttpStatusCode.OK, stream.Status);
        Assert.Equal("text/event-stream", stream.MediaType);
        var next = await stream.ReadEventAsync();
        Assert.Equal("next", next.Type);
        Assert.Equal(8, next.Json.Number("data.stats.documents"));
        var complete = await stream.ReadEventAsync();
        Assert.Equal("complete", complete.Type);
        Assert.Equal("", complete.Data);
        Assert.Null(await stream.ReadAsync());
    }

    [Theory]
    [InlineData("{ noSuchField }", "FIELDS_ON_CORRECT_TYPE")]
    [InlineData("subscription { graphChanged { noSuchField } }", "FIELDS_ON_CORRECT_TYPE")]
    [InlineData("{", null)]
    public async Task InvalidDocument_AcceptingEventStream_IsANextEventWithTheErrors(string query, string? code)
    {
        await using var stream = await EventStreamClient.OpenAsync(_client, query);

        // The protocol reports what fails before execution in the stream: an EventSource learns nothing from a 400.
        Assert.Equal(HttpStatusCode.OK, stream.Status);
        var next = await stream.ReadEventAsync();
        Assert.Equal("next", next.Type);
        Assert.False(next.Json.TryGetProperty("data", out _));
        if (code is not null)
        {
            Assert.Equal(code, next.Json.OnlyErrorCode());
        }

        Assert.Equal("complete", (await stream.ReadEventAsync()).Type);
        Assert.Equal(0, factory.Services.GetRequiredService<SubscriptionSlots>().Active);
    }

    [Fact]
    public async Task MalformedBody_AcceptingEventStream_IsAnHttpError()
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, "/graphql") { Content = new StringContent("not json", null, "application/json") };
        request.Headers.Accept.ParseAdd("text/event-stream");

        using var response = await _client.SendAsync(request, TestContext.Current.CancellationToken);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("application/graphql-response+json", response.Content.Headers.ContentType?.MediaType);
    }

    [Theory]
    [InlineData("application/graphql-response+json", HttpStatusCode.BadRequest)]
    [InlineData("application/json", HttpStatusCode.OK)]
    [InlineData("*/*", HttpStatusCode.BadRequest)]
    public async Task Subscription_NotAcceptingEventStream_IsRefusedAtOnceWithAGraphQLError(string accept, HttpStatusCode expected)
    {
        await using var answer = await EventStreamClient.OpenAsync(_client, Subscription, accept);

        Assert.Equal(expected, answer.Status);
        var body = await answer.BodyAsync();
        Assert.Equal("EVENT_STREAM_REQUIRED", body.OnlyErrorCode());
        Assert.Contains("Accept: text/event-stream", body.Text("errors.0.message"), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Subscription_ByGetWithoutEventStream_IsRefusedWithAGraphQLError()
    {
        using var response = await _client.GetAsync("/graphql?query=" + Uri.EscapeDataString(Subscription), TestContext.Current.CancellationToken);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("EVENT_STREAM_REQUIRED", (await RawGraphQL.BodyAsync(response)).OnlyErrorCode());
    }

    [Fact]
    public async Task Subscription_ByGetAcceptingEventStream_Streams()
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, "/graphql?query=" + Uri.EscapeDataString(Subscription));
        request.Headers.Accept.ParseAdd("text/event-stream");

        // As a browser's EventSource subscribes.
        using (var response = await _client.SendAsync(request, HttpCompletionOption.ResponseHeadersRead, TestContext.Current.CancellationToken))
        {
            Assert.Equal(HttpStatusCode.OK, response.StatusCode);
            Assert.Equal("text/event-stream", response.Content.Headers.ContentType?.MediaType);
        }

        // The server notices the closed connection in the background; the slot must come back (and the class's other
        // tests, which count slots on the same server, must not see this one).
        await Eventually.TrueAsync(() => Task.FromResult(factory.Services.GetRequiredService<SubscriptionSlots>().Active == 0), "the slot is released");
    }

    [Fact]
    public async Task Subscription_PastTheDepthLimit_IsANextEventWithTheLimitsErrorAndHoldsNoSlot()
    {
        await using var api = factory.With(("TeamGraph:Limits:MaxDepth", "1"));
        var client = api.CreateClient();

        await using var stream = await EventStreamClient.OpenAsync(client, Subscription);

        Assert.Equal(LimitErrorCodes.TooComplex, (await stream.ReadEventAsync()).Json.OnlyErrorCode());
        Assert.Equal("complete", (await stream.ReadEventAsync()).Type);
        Assert.Equal(0, api.Services.GetRequiredService<SubscriptionSlots>().Active);
    }
}
