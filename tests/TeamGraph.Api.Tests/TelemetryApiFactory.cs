using System.Diagnostics;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;
using OpenTelemetry.Metrics;
using OpenTelemetry.Trace;
using TeamGraph.Api.Hosting;

namespace TeamGraph.Api.Tests;

/// <summary>
/// The API serving seed/ (no watching; mutations need <see cref="ApiKey"/>) with TeamGraph's instrumentation exporting
/// into memory instead of over OTLP. Listeners are process-wide, so spans and metrics of hosts that other tests run
/// at the same time land here too: find spans by their trace, and read metrics as lower bounds.
/// </summary>
internal sealed class TelemetryApiFactory(params (string Key, string Value)[] settings) : WebApplicationFactory<Program>
{
    public const string ApiKey = "test-key-0123456789";

    private readonly LockedCollection<Activity> _spans = new();
    private readonly LockedCollection<MetricSnapshot> _metrics = new();

    /// <summary>Waits (bounded) until an ended span matches <paramref name="match"/>, and returns it.</summary>
    public async Task<Activity> SpanAsync(Func<Activity, bool> match, string what)
    {
        Activity? found = null;
        await Eventually.TrueAsync(() => Task.FromResult((found = _spans.Snapshot().FirstOrDefault(match)) is not null), what);
        return found!;
    }

    /// <summary>The spans ended so far in <paramref name="trace"/>.</summary>
    public IReadOnlyList<Activity> SpansOf(ActivityTraceId trace) => [.. _spans.Snapshot().Where(s => s.TraceId == trace)];

    /// <summary>Collects the metrics now and returns the latest snapshot of each (the temporality is cumulative).</summary>
    public IReadOnlyDictionary<string, MetricSnapshot> FlushMetrics()
    {
        Assert.True(Services.GetRequiredService<MeterProvider>().ForceFlush(10_000), "The meter provider did not flush.");
        return _metrics.Snapshot().GroupBy(m => m.Name).ToDictionary(g => g.Key, g => g.Last());
    }

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseSetting("TeamGraph:DocsFolder", Path.Combine(TestPaths.RepoRoot, "seed"))
            .UseSetting("TeamGraph:WatchDocs", "false")
            .UseSetting("TeamGraph:ApiKey", ApiKey)
            .UseSetting("Logging:LogLevel:Default", "Warning");
        foreach (var (key, value) in settings)
        {
            builder.UseSetting(key, value);
        }

        builder.ConfigureTestServices(services => services.AddTeamGraphInstrumentation("teamgraph-tests")
            .WithTracing(tracing => tracing.AddInMemoryExporter(_spans))
            .WithMetrics(metrics => metrics.AddInMemoryExporter(_metrics)));
    }
}
