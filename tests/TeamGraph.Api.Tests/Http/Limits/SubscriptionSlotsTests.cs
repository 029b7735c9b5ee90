using System.Net;
using Microsoft.Extensions.DependencyInjection;
using TeamGraph.Api.Http.Limits;

namespace TeamGraph.Api.Tests.Http.Limits;

public sealed class SubscriptionSlotsTests(SeedApiFactory factory) : IClassFixture<SeedApiFactory>
{
    private const string GraphChanged = "subscription { graphChanged { documents } }";

    [Fact]
    public async Task OneMoreThanAClientMayHold_Is429UntilOneOfItsOwnEnds()
    {
        await using var api = factory.With(("TeamGraph:Limits:MaxSubscriptionsPerClient", "2"));
        var client = api.CreateClient();
        await using var first = await EventStreamClient.OpenAsync(client, GraphChanged);
        await using var second = await EventStreamClient.OpenAsync(client, GraphChanged);

        await using (var third = await EventStreamClient.OpenAsync(client, GraphChanged))
        {
            Assert.Equal(HttpStatusCode.TooManyRequests, third.Status);
            Assert.Equal("application/graphql-response+json", third.MediaType);
            var body = await third.BodyAsync();
            Assert.Equal(LimitErrorCodes.TooManySubscriptions, body.OnlyErrorCode());
            Assert.Contains("MaxSubscriptionsPerClient", body.Text("errors.0.message"), StringComparison.Ordinal);
        }

        await first.DisposeAsync();
        var slots = api.Services.GetRequiredService<SubscriptionSlots>();
        await Eventually.TrueAsync(() => Task.FromResult(slots.Active == 1), "the closed subscription's slot is released");
        await using var again = await EventStreamClient.OpenAsync(client, GraphChanged);
        Assert.Equal(HttpStatusCode.OK, again.Status);
        Assert.Equal(2, slots.Active);
    }

    [Fact]
    public async Task OneMoreThanTheServerHolds_Is503()
    {
        await using var api = factory.With(("TeamGraph:Limits:MaxSubscriptions", "1"));
        var client = api.CreateClient();
        await using var first = await EventStreamClient.OpenAsync(client, GraphChanged);

        await using var second = await EventStreamClient.OpenAsync(client, GraphChanged);

        Assert.Equal(HttpStatusCode.ServiceUnavailable, second.Status);
        Assert.Equal(LimitErrorCodes.TooManySubscriptions, (await second.BodyAsync()).OnlyErrorCode());
        Assert.Equal(HttpStatusCode.OK, first.Status);
    }

    [Fact]
    public async Task QueriesOverTheEventStream_HoldNoSlot()
    {
        await using var api = factory.With(("TeamGraph:Limits:MaxSubscriptions", "1"));
        var client = api.CreateClient();
        await using var subscription = await EventStreamClient.OpenAsync(client, GraphChanged);

        await using var query = await EventStreamClient.OpenAsync(client, "{ stats { documents } }");

        Assert.Equal(HttpStatusCode.OK, query.Status);
        Assert.Equal(8, (await query.ReadEventAsync()).Json.Number("data.stats.documents"));
    }
}
