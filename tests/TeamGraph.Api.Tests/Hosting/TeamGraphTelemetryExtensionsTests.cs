using System.Diagnostics;
using GraphQL.Telemetry;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.DependencyInjection;
using OpenTelemetry;
using OpenTelemetry.Metrics;
using OpenTelemetry.Trace;
using TeamGraph.Api.Hosting;
using TeamGraph.Core.Diagnostics;
using TeamGraph.Core.Ingestion;
using TeamGraph.Core.Telemetry;
using TeamGraph.GraphQL;
using TeamGraph.Testing.Fakes;

namespace TeamGraph.Api.Tests.Hosting;

/// <summary>
/// What the API traces and measures, read through the in-memory exporter: HTTP requests with the GraphQL execution
/// inside them, reloads and ingests with their counts, calls to Neo4j; and that without an OTLP endpoint no SDK is
/// registered at all.
/// </summary>
public sealed class TeamGraphTelemetryExtensionsTests
{
    private static readonly Lazy<IngestionResult> SeedIngest = new(() => new FolderIngester().Ingest(Path.Combine(TestPaths.RepoRoot, "seed")));

    [Fact]
    public async Task GraphQLPost_TheServerSpanParentsTheGraphQLExecutionSpan()
    {
        await using var factory = new TelemetryApiFactory();
        using var client = factory.CreateClient();
        const string query = "query TelemetryProbe { stats { documents } }";

        await client.QueryAsync(query);

        var execution = await factory.SpanAsync(
            s => s.Source.Name == GraphQLTelemetryProvider.SourceName && Tag(s, "graphql.operation.name") == "TelemetryProbe", "the GraphQL execution span ends");
        var server = await factory.SpanAsync(s => s.SpanId == execution.ParentSpanId, "the server span of the request ends");
        Assert.Equal(ActivityKind.Server, server.Kind);
        Assert.Equal(execution.TraceId, server.TraceId);
        Assert.Equal("/graphql", Tag(server, "url.path"));
        Assert.Equal("POST", Tag(server, "http.request.method"));
        Assert.Equal("query", Tag(execution, "graphql.operation.type"));
        Assert.Equal(query, Tag(execution, "graphql.document"));
    }

    [Fact]
    public async Task GraphQLPost_ALongDocumentIsRecordedCutToTheBound()
    {
        await using var factory = new TelemetryApiFactory();
        using var client = factory.CreateClient();
        var query = "query TelemetryLongProbe { stats { documents } }\n#" + new string('x', 10_000);

        await client.QueryAsync(query);

        var execution = await factory.SpanAsync(
            s => s.Source.Name == GraphQLTelemetryProvider.SourceName && Tag(s, "graphql.operation.name") == "TelemetryLongProbe", "the GraphQL execution span ends");
        Assert.Equal(TeamGraphGraphQLTelemetry.Bounded(query), Tag(execution, "graphql.document"));
        Assert.Equal(TeamGraphGraphQLTelemetry.MaxRecordedDocumentLength, Tag(execution, "graphql.document")!.Length);
    }

    [Fact]
    public async Task ReloadMutation_TracesTheReloadAndItsIngestWithTheSeedsCounts()
    {
        await using var factory = new TelemetryApiFactory();
        using var client = factory.CreateClient();

        var (_, _, body) = await client.PostAsync("mutation TelemetryReload { reload { succeeded documents } }", TelemetryApiFactory.ApiKey);

        Assert.True(body.At("data.reload.succeeded").GetBoolean(), body.ToString());
        var execution = await factory.SpanAsync(
            s => s.Source.Name == GraphQLTelemetryProvider.SourceName && Tag(s, "graphql.operation.name") == "TelemetryReload", "the mutation's execution span ends");
        var reload = await factory.SpanAsync(s => s.OperationName == TeamGraphTelemetry.ReloadSpan && s.ParentSpanId == execution.SpanId, "the reload span ends");
        var ingest = await factory.SpanAsync(s => s.OperationName == TeamGraphTelemetry.IngestSpan && s.ParentSpanId == reload.SpanId, "the ingest span ends");
        var seed = SeedIngest.Value;
        Assert.Equal(seed.DocumentCount, reload.GetTagItem(TeamGraphTelemetry.DocumentsAttribute));
        Assert.Equal("success", Tag(reload, TeamGraphTelemetry.OutcomeAttribute));
        Assert.Equal(ActivityStatusCode.Unset, reload.Status);
        Assert.Equal(seed.DocumentCount, ingest.GetTagItem(TeamGraphTelemetry.DocumentsAttribute));
        Assert.Equal(seed.Graph.Nodes.Count, ingest.GetTagItem(TeamGraphTelemetry.NodesAttribute));
        Assert.Equal(seed.Graph.Relationships.Count, ingest.GetTagItem(TeamGraphTelemetry.RelationshipsAttribute));
        Assert.Equal(seed.Diagnostics.Count(d => d.Severity == DiagnosticSeverity.Error), ingest.GetTagItem(TeamGraphTelemetry.ErrorsAttribute));
        Assert.Equal(seed.Diagnostics.Count(d => d.Severity == DiagnosticSeverity.Warning), ingest.GetTagItem(TeamGraphTelemetry.WarningsAttribute));
        Assert.Equal(seed.Diagnostics.Count(d => d.Severity == DiagnosticSeverity.Info), ingest.GetTagItem(TeamGraphTelemetry.InfosAttribute));
        Assert.Equal(Path.Combine(TestPaths.RepoRoot, "seed"), Tag(ingest, TeamGraphTelemetry.SourceAttribute));
    }

    [Fact]
    public async Task StartUpLoadAndReload_RecordTheIngestAndReloadMetrics()
    {
        await using var factory = new TelemetryApiFactory();
        using var client = factory.CreateClient();
        await client.PostAsync(ReloadRequests.ReloadMutation, TelemetryApiFactory.ApiKey);

        var metrics = factory.FlushMetrics();

        // At least the start-up load's and the mutation's ingests of the seed (hosts of other tests may add theirs).
        var seed = SeedIngest.Value;
        Assert.True(Sum(metrics, TeamGraphTelemetry.DocumentsIngestedMetric) >= 2 * seed.DocumentCount);
        Assert.Equal("{document}", metrics[TeamGraphTelemetry.DocumentsIngestedMetric].Unit);
        Assert.NotEmpty(seed.Diagnostics);
        foreach (var severity in seed.Diagnostics.GroupBy(d => d.Severity))
        {
            var recorded = Sum(metrics, TeamGraphTelemetry.DiagnosticsMetric, (TeamGraphTelemetry.SeverityAttribute, severity.Key.ToString().ToLowerInvariant()));
            Assert.True(recorded >= 2 * severity.Count(), $"{recorded} {severity.Key} diagnostics recorded; the seed alone has {severity.Count()}.");
        }

        Assert.Equal("s", metrics[TeamGraphTelemetry.ReloadDurationMetric].Unit);
        Assert.True(HistogramCount(metrics, TeamGraphTelemetry.ReloadDurationMetric, (TeamGraphTelemetry.OutcomeAttribute, "success")) >= 2);
        Assert.True(HistogramCount(metrics, TeamGraphTelemetry.IngestDurationMetric) >= 2);
        Assert.Contains("http.server.request.duration", metrics.Keys);
    }

    [Fact]
    public async Task Neo4jStore_CallsToNeo4jAreHttpClientSpansInsideTheReload()
    {
        await using var server = new FakeNeo4jServer();
        await using var factory = new TelemetryApiFactory(("TeamGraph:Store", "neo4j"), ("NEO4J_URI", server.Uri.ToString()));
        using var client = factory.CreateClient();

        var call = await factory.SpanAsync(
            s => s.Kind == ActivityKind.Client && s.GetTagItem("server.port") is int port && port == server.Uri.Port, "a call to the fake Neo4j ends");

        Assert.StartsWith(server.Uri.ToString().TrimEnd('/'), Tag(call, "url.full"), StringComparison.Ordinal);
        Assert.Equal("POST", Tag(call, "http.request.method"));
        var reload = await factory.SpanAsync(s => s.SpanId == call.ParentSpanId, "the reload that called Neo4j ends");
        Assert.Equal(TeamGraphTelemetry.ReloadSpan, reload.OperationName);
    }

    [Fact]
    public async Task NoOtlpEndpoint_RegistersNoTracerOrMeterProvider()
    {
        Assert.SkipWhen(Environment.GetEnvironmentVariable(TeamGraphTelemetryExtensions.EndpointVariable) is not null, "OTEL_EXPORTER_OTLP_ENDPOINT is set in this environment.");
        await using var factory = new SeedApiFactory();

        Assert.Null(factory.Services.GetService<TracerProvider>());
        Assert.Null(factory.Services.GetService<MeterProvider>());
    }

    [Fact]
    public async Task OtlpEndpoint_RegistersTheProvidersNamedByOtelServiceName()
    {
        await using var factory = Factory((TeamGraphTelemetryExtensions.EndpointVariable, "http://127.0.0.1:9"), (TeamGraphTelemetryExtensions.ServiceNameVariable, "teamgraph-probe"));

        var tracing = factory.Services.GetService<TracerProvider>();

        Assert.NotNull(tracing);
        Assert.NotNull(factory.Services.GetService<MeterProvider>());
        Assert.Contains(tracing.GetResource().Attributes, a => a.Key == "service.name" && Equals(a.Value, "teamgraph-probe"));
    }

    [Fact]
    public async Task OtlpEndpoint_WithTheSdkDisabled_RegistersNoProvider()
    {
        await using var factory = Factory((TeamGraphTelemetryExtensions.EndpointVariable, "http://127.0.0.1:9"), (TeamGraphTelemetryExtensions.DisabledVariable, "TRUE"));

        Assert.Null(factory.Services.GetService<TracerProvider>());
        Assert.Null(factory.Services.GetService<MeterProvider>());
    }

    private static WebApplicationFactory<Program> Factory(params (string Key, string Value)[] settings) =>
        new SeedApiFactory().WithWebHostBuilder(builder =>
        {
            foreach (var (key, value) in settings)
            {
                builder.UseSetting(key, value);
            }
        });

    private static string? Tag(Activity span, string name) => span.GetTagItem(name)?.ToString();

    private static IEnumerable<MetricPoint> Points(IReadOnlyDictionary<string, MetricSnapshot> metrics, string name, (string Key, string Value)? tag)
    {
        Assert.True(metrics.TryGetValue(name, out var metric), $"No {name} was recorded.");
        return metric.MetricPoints.Where(p => tag is not { } wanted || HasTag(p, wanted.Key, wanted.Value));
    }

    private static long Sum(IReadOnlyDictionary<string, MetricSnapshot> metrics, string name, (string Key, string Value)? tag = null) =>
        Points(metrics, name, tag).Sum(p => p.GetSumLong());

    private static long HistogramCount(IReadOnlyDictionary<string, MetricSnapshot> metrics, string name, (string Key, string Value)? tag = null) =>
        Points(metrics, name, tag).Sum(p => p.GetHistogramCount());

    private static bool HasTag(MetricPoint point, string key, string value)
    {
        foreach (var tag in point.Tags)
        {
            if (tag.Key == key && Equals(tag.Value, value))
            {
                return true;
            }
        }

        return false;
    }
}
