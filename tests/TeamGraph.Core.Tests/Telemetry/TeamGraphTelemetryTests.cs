using System.Collections.Concurrent;
using System.Diagnostics;
using System.Diagnostics.Metrics;
using TeamGraph.Core.Diagnostics;
using TeamGraph.Core.Ingestion;
using TeamGraph.Core.Store;
using TeamGraph.Core.Telemetry;

namespace TeamGraph.Core.Tests.Telemetry;

/// <summary>
/// The ingest's and the reload's spans and measurements, read with plain .NET listeners. Other tests ingest at the same
/// time, so spans are told apart by their parent, a span this test starts.
/// </summary>
public sealed class TeamGraphTelemetryTests
{
    private const string TestSourceName = "TeamGraph.Core.Tests.Telemetry";
    private static readonly ActivitySource TestSource = new(TestSourceName);

    [Fact]
    public void Ingest_OfTheSeed_IsASpanWithItsCounts()
    {
        var spans = new ConcurrentQueue<Activity>();
        using var listener = Listen(spans);
        using var root = TestSource.StartActivity("test")!;

        var ingest = new FolderIngester().Ingest(Path.Combine(TestPaths.RepoRoot, "seed"), cancellationToken: TestContext.Current.CancellationToken);

        var span = Assert.Single(spans, s => s.ParentSpanId == root.SpanId);
        Assert.Equal(TeamGraphTelemetry.IngestSpan, span.OperationName);
        Assert.Equal(Path.Combine(TestPaths.RepoRoot, "seed"), span.GetTagItem(TeamGraphTelemetry.SourceAttribute));
        Assert.Equal(ingest.DocumentCount, span.GetTagItem(TeamGraphTelemetry.DocumentsAttribute));
        Assert.True(ingest.DocumentCount > 5);
        Assert.Equal(ingest.Graph.Nodes.Count, span.GetTagItem(TeamGraphTelemetry.NodesAttribute));
        Assert.Equal(ingest.Graph.Relationships.Count, span.GetTagItem(TeamGraphTelemetry.RelationshipsAttribute));
        Assert.Equal(ingest.Diagnostics.Count(d => d.Severity == DiagnosticSeverity.Error), span.GetTagItem(TeamGraphTelemetry.ErrorsAttribute));
        Assert.Equal(ingest.Diagnostics.Count(d => d.Severity == DiagnosticSeverity.Warning), span.GetTagItem(TeamGraphTelemetry.WarningsAttribute));
        Assert.Equal(ingest.Diagnostics.Count(d => d.Severity == DiagnosticSeverity.Info), span.GetTagItem(TeamGraphTelemetry.InfosAttribute));
    }

    [Fact]
    public void RecordReload_AFailure_SetsTheErrorStatusAndCountsIt()
    {
        var spans = new ConcurrentQueue<Activity>();
        using var listener = Listen(spans);
        var measurements = new ConcurrentQueue<(string Instrument, double Value, string? Outcome)>();
        using var meterListener = ListenToMeter(measurements);
        using var root = TestSource.StartActivity("test")!;

        using (var span = TeamGraphTelemetry.StartReload("/docs"))
        {
            TeamGraphTelemetry.RecordReload(span, succeeded: false, TimeSpan.FromMilliseconds(1500), GraphCounts.None, "Reading the docs folder failed.", new IOException("disk"));
        }

        var reload = Assert.Single(spans, s => s.ParentSpanId == root.SpanId);
        Assert.Equal(TeamGraphTelemetry.ReloadSpan, reload.OperationName);
        Assert.Equal(ActivityStatusCode.Error, reload.Status);
        Assert.Equal("Reading the docs folder failed.", reload.StatusDescription);
        Assert.Equal("failure", reload.GetTagItem(TeamGraphTelemetry.OutcomeAttribute));
        Assert.Equal(typeof(IOException).FullName, reload.GetTagItem("error.type"));
        Assert.Null(reload.GetTagItem(TeamGraphTelemetry.DocumentsAttribute));
        Assert.Contains((TeamGraphTelemetry.ReloadDurationMetric, 1.5, "failure"), measurements);
        Assert.Contains((TeamGraphTelemetry.ReloadFailuresMetric, 1.0, null), measurements);
    }

    [Fact]
    public void RecordReload_ASuccess_TagsTheServedCountsAndCountsNoFailure()
    {
        var spans = new ConcurrentQueue<Activity>();
        using var listener = Listen(spans);
        var measurements = new ConcurrentQueue<(string Instrument, double Value, string? Outcome)>();
        using var meterListener = ListenToMeter(measurements);
        using var root = TestSource.StartActivity("test")!;

        using (var span = TeamGraphTelemetry.StartReload("/docs"))
        {
            TeamGraphTelemetry.RecordReload(span, succeeded: true, TimeSpan.FromSeconds(2), new GraphCounts(17, 300, 900, 12, 11, 80, 1, 4), "Reloaded 17 documents.");
        }

        var reload = Assert.Single(spans, s => s.ParentSpanId == root.SpanId);
        Assert.Equal(ActivityStatusCode.Unset, reload.Status);
        Assert.Equal("success", reload.GetTagItem(TeamGraphTelemetry.OutcomeAttribute));
        Assert.Equal(17, reload.GetTagItem(TeamGraphTelemetry.DocumentsAttribute));
        Assert.Equal(300, reload.GetTagItem(TeamGraphTelemetry.NodesAttribute));
        Assert.Equal(900, reload.GetTagItem(TeamGraphTelemetry.RelationshipsAttribute));
        Assert.Equal(1, reload.GetTagItem(TeamGraphTelemetry.ErrorsAttribute));
        Assert.Equal(4, reload.GetTagItem(TeamGraphTelemetry.WarningsAttribute));
        Assert.Contains((TeamGraphTelemetry.ReloadDurationMetric, 2.0, "success"), measurements);
        Assert.DoesNotContain(measurements, m => m.Instrument == TeamGraphTelemetry.ReloadFailuresMetric);
    }

    [Fact]
    public void StartIngest_WithNobodyListening_StartsNoSpan()
    {
        // Other tests may listen to TeamGraph's source at the same time; this one holds when none does.
        Assert.SkipWhen(TeamGraphTelemetry.Source.HasListeners(), "another test is listening to TeamGraph's source.");

        Assert.Null(TeamGraphTelemetry.StartIngest("/docs"));
    }

    private static ActivityListener Listen(ConcurrentQueue<Activity> spans)
    {
        var listener = new ActivityListener
        {
            // By name: the listener is asked about TestSource while it is being created, before the field is set.
            ShouldListenTo = source => source.Name is TeamGraphTelemetry.Name or TestSourceName,
            Sample = (ref _) => ActivitySamplingResult.AllDataAndRecorded,
            ActivityStopped = spans.Enqueue,
        };
        ActivitySource.AddActivityListener(listener);
        return listener;
    }

    private static MeterListener ListenToMeter(ConcurrentQueue<(string Instrument, double Value, string? Outcome)> measurements)
    {
        var listener = new MeterListener
        {
            InstrumentPublished = (instrument, l) =>
            {
                if (instrument.Meter == TeamGraphTelemetry.Meter && instrument.Name.StartsWith("teamgraph.reload.", StringComparison.Ordinal))
                {
                    l.EnableMeasurementEvents(instrument);
                }
            },
        };
        listener.SetMeasurementEventCallback<long>((instrument, value, tags, _) => measurements.Enqueue((instrument.Name, value, OutcomeOf(tags))));
        listener.SetMeasurementEventCallback<double>((instrument, value, tags, _) => measurements.Enqueue((instrument.Name, value, OutcomeOf(tags))));
        listener.Start();
        return listener;
    }

    private static string? OutcomeOf(ReadOnlySpan<KeyValuePair<string, object?>> tags)
    {
        foreach (var tag in tags)
        {
            if (tag.Key == TeamGraphTelemetry.OutcomeAttribute)
            {
                return tag.Value as string;
            }
        }

        return null;
    }
}
