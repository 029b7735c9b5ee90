using System.Net;

namespace TeamGraph.Api.Tests.Hosting;

public class HealthEndpointTests(SeedApiFactory factory) : IClassFixture<SeedApiFactory>
{
    [Theory]
    [InlineData("/health/live")]
    [InlineData("/health/ready")]
    public async Task Health_WithTheSeedLoaded_IsHealthy(string path)
    {
        var response = await factory.CreateClient().GetAsync(path, TestContext.Current.CancellationToken);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("Healthy", await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken));
    }

    [Fact]
    public async Task Ready_ReportsUnhealthyUntilAGraphIsServed()
    {
        var state = new TeamGraph.GraphQL.Serving.TeamGraphState();
        var check = new TeamGraph.Api.Hosting.GraphLoadedHealthCheck(state, new TeamGraph.GraphQL.Serving.TeamGraphReloader(state, "/docs", TimeProvider.System));

        var result = await check.CheckHealthAsync(new(), TestContext.Current.CancellationToken);

        Assert.Equal(Microsoft.Extensions.Diagnostics.HealthChecks.HealthStatus.Unhealthy, result.Status);
    }

    [Fact]
    public async Task Ready_FirstReloadFailedWithNothingServed_IsUnhealthyAndSaysWhy()
    {
        // A first load that fails or times out leaves nothing served: a readiness probe must not send traffic there.
        var state = new TeamGraph.GraphQL.Serving.TeamGraphState();
        var missing = Path.Combine(Path.GetTempPath(), "teamgraph-no-such-docs-" + Guid.NewGuid().ToString("N"));
        var reloader = new TeamGraph.GraphQL.Serving.TeamGraphReloader(state, missing, TimeProvider.System);
        await reloader.ReloadAsync(TestContext.Current.CancellationToken);
        var check = new TeamGraph.Api.Hosting.GraphLoadedHealthCheck(state, reloader);

        var result = await check.CheckHealthAsync(new(), TestContext.Current.CancellationToken);

        Assert.Equal(Microsoft.Extensions.Diagnostics.HealthChecks.HealthStatus.Unhealthy, result.Status);
        Assert.StartsWith("The last reload failed: The docs folder does not exist", result.Description, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Ready_ServedDocumentsWithErrors_IsDegradedWithTheirCount()
    {
        var state = new TeamGraph.GraphQL.Serving.TeamGraphState();
        var error = new TeamGraph.Core.Diagnostics.Diagnostic(TeamGraph.Core.Diagnostics.DiagnosticSeverity.Error, "binary-content", "logo.md", null, "binary");
        state.Serve(TeamGraph.GraphQL.Serving.ServedGraph.Embedded(
            new TeamGraph.Core.Ingestion.IngestionResult(TeamGraph.Core.Graph.PropertyGraph.Empty, [], [error, error with { Path = "b.md" }], 2), "/docs", DateTimeOffset.UnixEpoch,
            abandoned: TestContext.Current.CancellationToken));
        var check = new TeamGraph.Api.Hosting.GraphLoadedHealthCheck(state, new TeamGraph.GraphQL.Serving.TeamGraphReloader(state, "/docs", TimeProvider.System));

        var result = await check.CheckHealthAsync(new(), TestContext.Current.CancellationToken);

        Assert.Equal(Microsoft.Extensions.Diagnostics.HealthChecks.HealthStatus.Degraded, result.Status);
        Assert.StartsWith("2 error diagnostics", result.Description, StringComparison.Ordinal);
    }
}
