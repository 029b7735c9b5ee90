using Microsoft.Extensions.DependencyInjection;
using TeamGraph.Core.Ingestion;
using TeamGraph.GraphQL.Serving;

namespace TeamGraph.Api.Tests.Types;

/// <summary>A graph is served before its audit is done: the counts answer at once, the findings wait or say why they are missing.</summary>
public sealed class AuditWhileServedTests : IDisposable
{
    private readonly SeedApiFactory _factory = new();
    private readonly HttpClient _client;

    public AuditWhileServedTests() => _client = _factory.CreateClient();

    public void Dispose()
    {
        _client.Dispose();
        _factory.Dispose();
    }

    [Fact]
    public async Task Audit_ThatDidNotFinishInTime_IsAnErrorSayingSo_AndTheCountsStillAnswer()
    {
        var seed = new FolderIngester().Ingest(Path.Combine(TestPaths.RepoRoot, "seed"), cancellationToken: TestContext.Current.CancellationToken);
        var served = ServedGraph.Embedded(seed, "seed", DateTimeOffset.UnixEpoch, auditDeadline: TimeSpan.Zero, abandoned: TestContext.Current.CancellationToken);
        _factory.Services.GetRequiredService<TeamGraphState>().Serve(served);

        var counts = await _client.QueryAsync("{ stats { roles handoffs } }");
        using var response = await _client.PostAsync("/graphql", Json("""{"query":"{ audit { rule } }"}"""), TestContext.Current.CancellationToken);
        var body = System.Text.Json.JsonDocument.Parse(await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken)).RootElement;

        Assert.Equal(served.Report.Counts.Roles, counts.Number("stats.roles"));
        Assert.Equal(served.Report.Counts.Handoffs, counts.Number("stats.handoffs"));
        Assert.Equal("The audit did not finish within 0 s (the reload timeout); reload to try again.", body.Text("errors.0.message"));
        Assert.Equal("AUDIT_UNAVAILABLE", body.Text("errors.0.extensions.code"));
        Assert.Equal(System.Text.Json.JsonValueKind.Null, body.At("data").ValueKind);
    }

    [Fact]
    public async Task Stats_RightAfterAReload_CountsTheFindingsTheAuditFinds()
    {
        var reload = await _factory.Services.GetRequiredService<IServedGraphSource>().ReloadAsync(TestContext.Current.CancellationToken);
        var data = await _client.QueryAsync("{ stats { findings } audit { rule } }");

        Assert.True(reload.Succeeded);
        Assert.True(data.Number("stats.findings") > 0);
        Assert.Equal(data.Number("stats.findings"), data.At("audit").GetArrayLength());
    }

    private static StringContent Json(string body) => new(body, System.Text.Encoding.UTF8, "application/json");
}
