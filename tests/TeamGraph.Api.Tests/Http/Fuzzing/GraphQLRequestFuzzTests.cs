using System.Diagnostics;
using System.Net.Http.Headers;
using System.Text.Json;
using CsCheck;
using TeamGraph.Api.Tests.Http.Limits;

namespace TeamGraph.Api.Tests.Http.Fuzzing;

/// <summary>
/// Every generated request is answered within its budget with 200 or a 4xx and a JSON GraphQL body: never a 5xx, never
/// an empty body, never a hang (issue #10).
/// </summary>
public sealed class GraphQLRequestFuzzTests(SeedApiFactory factory) : IClassFixture<SeedApiFactory>
{
    private static readonly TimeSpan Budget = TimeSpan.FromSeconds(5);

    /// <summary>Bounded for CI (about 10 s on two loaded cores); raise it locally with TEAMGRAPH_FUZZ_REQUESTS.</summary>
    private static readonly long Requests = long.TryParse(Environment.GetEnvironmentVariable("TEAMGRAPH_FUZZ_REQUESTS"), out var n) ? n : 2000;

    [Fact]
    public async Task RandomRequests_AreAnsweredWithinTheBudgetWith200Or4xxAndAGraphQLBody()
    {
        await using var api = factory.With(("TeamGraph:Limits:RequestTimeout", Budget.ToString("c")));
        var client = api.CreateClient();
        await client.PostQueryAsync("{ __typename }");
        var answers = new System.Collections.Concurrent.ConcurrentDictionary<string, int>();

        await GraphQLRequestGenerator.Request.SampleAsync(async request =>
        {
            using var message = request.Body is null
                ? new HttpRequestMessage(HttpMethod.Get, request.Url)
                : new HttpRequestMessage(HttpMethod.Post, request.Url) { Content = new ByteArrayContent(request.Body) };
            message.Content?.Headers.ContentType = new MediaTypeHeaderValue("application/json");

            var watch = Stopwatch.StartNew();
            using var response = await client.SendAsync(message, TestContext.Current.CancellationToken);
            var text = await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken);
            watch.Stop();

            var status = (int)response.StatusCode;
            Assert.True(status is 200 or (>= 400 and < 500), $"{status}: {text}");
            Assert.True(watch.Elapsed < Budget + TimeSpan.FromSeconds(5), $"took {watch.Elapsed}");
            using var body = JsonDocument.Parse(text);
            Assert.True(body.RootElement.TryGetProperty("data", out _) || body.RootElement.GetProperty("errors").GetArrayLength() > 0, text);
            var code = body.RootElement.TryGetProperty("errors", out var errors) && errors[0].TryGetProperty("extensions", out var extensions)
                && extensions.TryGetProperty("code", out var c) ? c.GetString() : null;
            var firstMessage = code is null && errors.ValueKind == JsonValueKind.Array ? errors[0].GetProperty("message").GetString()![..12] : "";
            answers.AddOrUpdate($"{status} {code}{firstMessage}", 1, (_, count) => count + 1);
        }, iter: Requests, threads: 1);

        var summary = string.Join("\n", answers.OrderByDescending(a => a.Value).Select(a => $"{a.Value,6} {a.Key}"));
        TestContext.Current.TestOutputHelper?.WriteLine(summary);
        if (Environment.GetEnvironmentVariable("TEAMGRAPH_FUZZ_SUMMARY") is { Length: > 0 } path)
        {
            await File.WriteAllTextAsync(path, summary, TestContext.Current.CancellationToken);
        }
    }
}
