using System.Diagnostics;
using System.Diagnostics.Metrics;
using TeamGraph.Core.Diagnostics;
using TeamGraph.Core.Ingestion;
using TeamGraph.Core.Store;

namespace TeamGraph.Core.Telemetry;

/// <summary>
/// TeamGraph's own traces and metrics, both named <see cref="Name"/>: a span per folder ingest (<c>teamgraph.ingest</c>)
/// and per reload of the served graph (<c>teamgraph.reload</c>), and the instruments below. Nothing is measured unless
/// a listener (the OpenTelemetry SDK the API registers when an exporter is configured) subscribes to
/// <see cref="Name"/>; without one, starting a span returns <see langword="null"/> and recording a measurement is a no-op.
/// </summary>
public static class TeamGraphTelemetry
{
    /// <summary>The name of the <see cref="ActivitySource"/> and of the <see cref="System.Diagnostics.Metrics.Meter"/>.</summary>
    public const string Name = "TeamGraph";

    /// <summary>The span of one folder ingest.</summary>
    public const string IngestSpan = "teamgraph.ingest";

    /// <summary>The span of one reload of the served graph.</summary>
    public const string ReloadSpan = "teamgraph.reload";

    /// <summary>Documents read by folder ingests (a counter, <c>{document}</c>).</summary>
    public const string DocumentsIngestedMetric = "teamgraph.ingest.documents";

    /// <summary>Diagnostics reported by folder ingests, by <see cref="SeverityAttribute"/> (a counter, <c>{diagnostic}</c>).</summary>
    public const string DiagnosticsMetric = "teamgraph.ingest.diagnostics";

    /// <summary>How long a folder ingest took (a histogram, seconds).</summary>
    public const string IngestDurationMetric = "teamgraph.ingest.duration";

    /// <summary>How long a reload took, by <see cref="OutcomeAttribute"/> (a histogram, seconds).</summary>
    public const string ReloadDurationMetric = "teamgraph.reload.duration";

    /// <summary>Reloads that failed, the last good graph still served (a counter, <c>{reload}</c>).</summary>
    public const string ReloadFailuresMetric = "teamgraph.reload.failures";

    /// <summary>The folder ingested or the store read.</summary>
    public const string SourceAttribute = "teamgraph.source";

    /// <summary>Markdown documents read.</summary>
    public const string DocumentsAttribute = "teamgraph.documents";

    /// <summary>Nodes of the graph.</summary>
    public const string NodesAttribute = "teamgraph.nodes";

    /// <summary>Relationships of the graph.</summary>
    public const string RelationshipsAttribute = "teamgraph.relationships";

    /// <summary>Diagnostics of severity error, on a span.</summary>
    public const string ErrorsAttribute = "teamgraph.diagnostics.errors";

    /// <summary>Diagnostics of severity warning, on a span.</summary>
    public const string WarningsAttribute = "teamgraph.diagnostics.warnings";

    /// <summary>Diagnostics of severity info, on a span.</summary>
    public const string InfosAttribute = "teamgraph.diagnostics.infos";

    /// <summary>A diagnostic's severity on <see cref="DiagnosticsMetric"/>: <c>error</c>, <c>warning</c> or <c>info</c>.</summary>
    public const string SeverityAttribute = "teamgraph.diagnostic.severity";

    /// <summary>How a reload ended: <c>success</c> or <c>failure</c>.</summary>
    public const string OutcomeAttribute = "teamgraph.reload.outcome";

    private static readonly string? Version = typeof(TeamGraphTelemetry).Assembly.GetName().Version?.ToString();

    /// <summary>Where TeamGraph's spans start.</summary>
    public static ActivitySource Source { get; } = new(Name, Version);

    /// <summary>Where TeamGraph's instruments are created.</summary>
    public static Meter Meter { get; } = new(Name, Version);

    // Below Meter on purpose: static initializers run in text order.
    private static readonly Counter<long> DocumentsIngested = Meter.CreateCounter<long>(DocumentsIngestedMetric, "{document}", "Markdown documents read by folder ingests.");
    private static readonly Counter<long> DiagnosticsReported = Meter.CreateCounter<long>(DiagnosticsMetric, "{diagnostic}", "Diagnostics reported by folder ingests, by severity.");
    private static readonly Histogram<double> IngestDuration = Meter.CreateHistogram<double>(IngestDurationMetric, "s", "How long a folder ingest took.");
    private static readonly Histogram<double> ReloadDuration = Meter.CreateHistogram<double>(ReloadDurationMetric, "s", "How long a reload of the served graph took, by outcome.");
    private static readonly Counter<long> ReloadFailures = Meter.CreateCounter<long>(ReloadFailuresMetric, "{reload}", "Reloads that failed; the last good graph stays served.");

    /// <summary>Starts the span of a folder ingest; <see langword="null"/> when nobody listens.</summary>
    public static Activity? StartIngest(string folder) =>
        Source.StartActivity(IngestSpan, ActivityKind.Internal, parentContext: default, [new(SourceAttribute, folder)]);

    /// <summary>Records what a folder ingest produced on its span and in the metrics.</summary>
    public static void RecordIngest(Activity? span, IngestionResult ingest, TimeSpan duration)
    {
        ArgumentNullException.ThrowIfNull(ingest);
        int errors = 0, warnings = 0, infos = 0;
        foreach (var diagnostic in ingest.Diagnostics)
        {
            switch (diagnostic.Severity)
            {
                case DiagnosticSeverity.Error: errors++; break;
                case DiagnosticSeverity.Warning: warnings++; break;
                default: infos++; break;
            }
        }

        DocumentsIngested.Add(ingest.DocumentCount);
        AddDiagnostics(errors, "error");
        AddDiagnostics(warnings, "warning");
        AddDiagnostics(infos, "info");
        IngestDuration.Record(duration.TotalSeconds);
        span?.SetTag(DocumentsAttribute, ingest.DocumentCount)
            .SetTag(NodesAttribute, ingest.Graph.Nodes.Count)
            .SetTag(RelationshipsAttribute, ingest.Graph.Relationships.Count)
            .SetTag(ErrorsAttribute, errors)
            .SetTag(WarningsAttribute, warnings)
            .SetTag(InfosAttribute, infos);
    }

    /// <summary>Starts the span of a reload of <paramref name="source"/>; <see langword="null"/> when nobody listens.</summary>
    public static Activity? StartReload(string source) =>
        Source.StartActivity(ReloadSpan, ActivityKind.Internal, parentContext: default, [new(SourceAttribute, source)]);

    /// <summary>
    /// Records how a reload ended on its span and in the metrics: on success the counts of the graph now served, on
    /// failure the span's error status with <paramref name="message"/>, and the exception's type as <c>error.type</c>.
    /// </summary>
    public static void RecordReload(Activity? span, bool succeeded, TimeSpan duration, GraphCounts served, string message, Exception? exception = null)
    {
        ArgumentNullException.ThrowIfNull(served);
        var outcome = succeeded ? "success" : "failure";
        ReloadDuration.Record(duration.TotalSeconds, new KeyValuePair<string, object?>(OutcomeAttribute, outcome));
        if (!succeeded)
        {
            ReloadFailures.Add(1);
        }

        if (span is null)
        {
            return;
        }

        span.SetTag(OutcomeAttribute, outcome);
        if (succeeded)
        {
            span.SetTag(DocumentsAttribute, served.Documents)
                .SetTag(NodesAttribute, served.Nodes)
                .SetTag(RelationshipsAttribute, served.Relationships)
                .SetTag(ErrorsAttribute, served.Errors)
                .SetTag(WarningsAttribute, served.Warnings);
        }
        else
        {
            span.SetStatus(ActivityStatusCode.Error, message)
                .SetTag("error.type", exception?.GetType().FullName ?? "_OTHER");
        }
    }

    private static void AddDiagnostics(int count, string severity)
    {
        if (count > 0)
        {
            DiagnosticsReported.Add(count, new KeyValuePair<string, object?>(SeverityAttribute, severity));
        }
    }
}
