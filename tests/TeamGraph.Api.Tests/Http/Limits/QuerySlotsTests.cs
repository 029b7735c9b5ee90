using System.Net;
using System.Text.Json;
using Microsoft.AspNetCore.Mvc.Testing;
using TeamGraph.Core.Queries;

namespace TeamGraph.Api.Tests.Http.Limits;

public sealed class QuerySlotsTests(SeedApiFactory factory) : IClassFixture<SeedApiFactory>
{
    private const string OtherQuery = """{ role(id: "QA") { name } }""";

    [Fact]
    public async Task EverySlotTaken_AndTheQueueFull_Answers503ServerBusyWithRetryAfter_AndTheSlotComesBack()
    {
        await using var api = factory.With(("TeamGraph:Limits:MaxConcurrentQueries", "1"), ("TeamGraph:Limits:MaxQueuedQueries", "0"));
        var (client, first, release) = await HoldASlotAsync(api);

        using var refused = await client.PostAsync("/graphql", System.Net.Http.Json.JsonContent.Create(new { query = OtherQuery }), TestContext.Current.CancellationToken);
        var refusal = await refused.Content.ReadAsStringAsync(TestContext.Current.CancellationToken);

        Assert.Equal(HttpStatusCode.ServiceUnavailable, refused.StatusCode);
        Assert.Equal(TimeSpan.FromSeconds(1), refused.Headers.RetryAfter?.Delta);
        Assert.Contains("SERVER_BUSY", refusal, StringComparison.Ordinal);
        Assert.Contains("Limits:MaxConcurrentQueries", refusal, StringComparison.Ordinal);

        release.SetResult();
        Assert.Equal(HttpStatusCode.OK, (await first).Status);
        var (status, body) = await client.PostQueryAsync(OtherQuery);
        Assert.Equal(HttpStatusCode.OK, status);
        Assert.Equal("QA Engineer", body.Text("data.role.name"));
    }

    [Fact]
    public async Task EverySlotTaken_AQueryWaitsItsTurn_ThenRuns()
    {
        await using var api = factory.With(("TeamGraph:Limits:MaxConcurrentQueries", "1"), ("TeamGraph:Limits:MaxQueuedQueries", "1"));
        var (client, first, release) = await HoldASlotAsync(api);

        var waiting = client.PostQueryAsync(OtherQuery);
        await Task.Delay(TimeSpan.FromMilliseconds(300), TestContext.Current.CancellationToken);
        Assert.False(waiting.IsCompleted);

        release.SetResult();
        var (status, body) = await waiting.WaitAsync(TimeSpan.FromSeconds(30), TestContext.Current.CancellationToken);
        Assert.Equal(HttpStatusCode.OK, status);
        Assert.Equal("QA Engineer", body.Text("data.role.name"));
        Assert.Equal(HttpStatusCode.OK, (await first).Status);
    }

    [Fact]
    public async Task AQueryThatTimesOut_GivesItsSlotBack()
    {
        await using var api = factory.With(
            ("TeamGraph:Limits:MaxConcurrentQueries", "1"), ("TeamGraph:Limits:MaxQueuedQueries", "0"), ("TeamGraph:Limits:ExecutionTimeout", "00:00:01"));
        var client = await InterceptedReader.ServeSearchAsync(api, async token =>
        {
            await Task.Delay(Timeout.InfiniteTimeSpan, token);
            return [];
        });

        Assert.Equal(HttpStatusCode.GatewayTimeout, (await client.PostQueryAsync(InterceptedReader.SearchQuery)).Status);
        Assert.Equal(HttpStatusCode.OK, (await client.PostQueryAsync(OtherQuery)).Status);
    }

    [Fact]
    public async Task ASubscription_DoesNotTakeAQuerySlot()
    {
        await using var api = factory.With(("TeamGraph:Limits:MaxConcurrentQueries", "1"), ("TeamGraph:Limits:MaxQueuedQueries", "0"));
        var (client, first, release) = await HoldASlotAsync(api);

        await using (var stream = await EventStreamClient.OpenAsync(client, "subscription { graphChanged { loadedAt } }"))
        {
            Assert.Equal(HttpStatusCode.OK, stream.Status);
            Assert.Equal("text/event-stream", stream.MediaType);
        }

        release.SetResult();
        Assert.Equal(HttpStatusCode.OK, (await first).Status);
    }

    /// <summary>
    /// Runs a search that holds its slot until <c>Release</c> is set, and returns once it is running: a client of
    /// <paramref name="api"/>, that search's answer to come, and its release.
    /// </summary>
    private static async Task<(HttpClient Client, Task<(HttpStatusCode Status, JsonElement Body)> First, TaskCompletionSource Release)> HoldASlotAsync(
        WebApplicationFactory<Program> api)
    {
        var started = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        var release = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        var client = await InterceptedReader.ServeSearchAsync(api, async token =>
        {
            started.TrySetResult();
            await release.Task.WaitAsync(token);
            return Array.Empty<SearchHit>();
        });
        var first = client.PostQueryAsync(InterceptedReader.SearchQuery);
        await started.Task.WaitAsync(TimeSpan.FromSeconds(30), TestContext.Current.CancellationToken);
        return (client, first, release);
    }
}
