using System.Net;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;

namespace TeamGraph.Api.Tests.Http.Limits;

public sealed class ExecutionFailureTests(SeedApiFactory factory) : IClassFixture<SeedApiFactory>
{
    private const string Secret = "connection string Password=hunter2";
    private const string SearchQuery = InterceptedReader.SearchQuery;

    [Fact]
    public async Task Timeout_SlowResolver_IsCancelledAndAnswered504WithTimeout()
    {
        await using var api = factory.With(("TeamGraph:Limits:ExecutionTimeout", "00:00:01"));
        await AssertSlowResolverTimesOutAsync(api);
    }

    [Fact]
    public async Task RequestBudget_SpentBeforeTheExecutionTimeout_Is504WithTimeoutAndCancelsTheWork()
    {
        await using var api = factory.With(("TeamGraph:Limits:RequestTimeout", "00:00:01"), ("TeamGraph:Limits:ExecutionTimeout", "01:00:00"));
        await AssertSlowResolverTimesOutAsync(api);
    }

    /// <summary>A resolver that waits forever is cancelled and the request answered 504 with code TIMEOUT.</summary>
    private static async Task AssertSlowResolverTimesOutAsync(WebApplicationFactory<Program> api)
    {
        var cancelled = new TaskCompletionSource();
        var client = await InterceptedReader.ServeSearchAsync(api, async token =>
        {
            using var registration = token.Register(cancelled.SetResult);
            await Task.Delay(Timeout.InfiniteTimeSpan, token);
            return [];
        });

        var (status, body) = await client.PostQueryAsync(SearchQuery);

        Assert.Equal(HttpStatusCode.GatewayTimeout, status);
        Assert.Equal("TIMEOUT", body.OnlyErrorCode());
        Assert.True(cancelled.Task.IsCompleted);
    }

    [Fact]
    public async Task ClientDisconnect_CancelsTheWork()
    {
        await using var api = factory.With();
        var started = new TaskCompletionSource();
        var cancelled = new TaskCompletionSource();
        var client = await InterceptedReader.ServeSearchAsync(api, async token =>
        {
            using var registration = token.Register(cancelled.SetResult);
            started.SetResult();
            await Task.Delay(Timeout.InfiniteTimeSpan, token);
            return [];
        });
        using var leaving = CancellationTokenSource.CreateLinkedTokenSource(TestContext.Current.CancellationToken);

        var request = client.PostAsync("/graphql", System.Net.Http.Json.JsonContent.Create(new { query = SearchQuery }), leaving.Token);
        await started.Task.WaitAsync(TimeSpan.FromSeconds(30), TestContext.Current.CancellationToken);
        await leaving.CancelAsync();

        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => request);
        await cancelled.Task.WaitAsync(TimeSpan.FromSeconds(5), TestContext.Current.CancellationToken);
    }

    [Fact]
    public async Task Production_UnexpectedException_HidesItsTextAndType()
    {
        await using var api = factory.WithWebHostBuilder(builder => builder.UseEnvironment("Production"));
        var client = await InterceptedReader.ServeSearchAsync(api, _ => throw new InvalidOperationException(Secret));

        var (status, body) = await client.PostQueryAsync(SearchQuery);

        Assert.Equal(HttpStatusCode.OK, status);
        Assert.Equal("INTERNAL_SERVER_ERROR", body.OnlyErrorCode());
        Assert.DoesNotContain("hunter2", body.ToString(), StringComparison.Ordinal);
        Assert.DoesNotContain("InvalidOperation", body.ToString(), StringComparison.OrdinalIgnoreCase);
        Assert.StartsWith("An internal error occurred", body.Text("errors.0.message"), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Production_ErrorWrittenOnPurpose_StaysVisible()
    {
        await using var api = factory.WithWebHostBuilder(builder => builder.UseEnvironment("Production"));

        var (_, body) = await api.CreateClient().PostQueryAsync("""{ search(text: "deploy", first: 0) { text } }""");

        Assert.Equal("'first' must be at least 1; it was 0.", body.Text("errors.0.message"));
    }

    [Fact]
    public async Task Development_UnexpectedException_ShowsItsText()
    {
        await using var api = factory.WithWebHostBuilder(builder => builder.UseEnvironment("Development"));
        var client = await InterceptedReader.ServeSearchAsync(api, _ => throw new InvalidOperationException(Secret));

        var (_, body) = await client.PostQueryAsync(SearchQuery);

        Assert.Contains(Secret, body.ToString(), StringComparison.Ordinal);
    }
}
