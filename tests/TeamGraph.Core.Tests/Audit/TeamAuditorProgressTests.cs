using System.Collections.Concurrent;
using TeamGraph.Core.Audit;
using TeamGraph.Core.Ingestion;

namespace TeamGraph.Core.Tests.Audit;

/// <summary>The audit and the ingest say where they are: each audit rule as it starts, and the ingest's phases.</summary>
public class TeamAuditorProgressTests
{
    [Fact]
    public void Audit_WithProgress_HearsEachRuleBeforeItRunsAndOnceAtTheEnd()
    {
        var seed = new FolderIngester().Ingest(Path.Combine(TestPaths.RepoRoot, "seed"), cancellationToken: TestContext.Current.CancellationToken);
        var heard = new Recorder<AuditProgress>();

        var findings = TeamAuditor.Audit(seed, heard, cancellationToken: TestContext.Current.CancellationToken);

        Assert.Equal(TeamAuditor.Audit(seed, cancellationToken: TestContext.Current.CancellationToken).Select(f => f.ToDiagnostic().ToString()), findings.Select(f => f.ToDiagnostic().ToString()));
        var reports = heard.Reports.ToList();
        Assert.Equal(10, reports.Count);
        Assert.Equal(new AuditProgress(0, 9, "handoff-status"), reports[0]);
        Assert.Equal(new AuditProgress(3, 9, "map-drift"), reports[3]);
        Assert.Equal(new AuditProgress(9, 9, null), reports[^1]);
        Assert.Equal(Enumerable.Range(0, 10), reports.Select(r => r.RulesDone));
    }

    [Fact]
    public void Ingest_WithProgress_ReportsEveryDocumentReadThenTheBuild()
    {
        var heard = new Recorder<IngestionProgress>();

        var result = new FolderIngester().Ingest(Path.Combine(TestPaths.RepoRoot, "seed"), heard, TestContext.Current.CancellationToken);

        var reports = heard.Reports.ToList();
        var reading = reports.Where(r => r.Phase == IngestionPhase.Reading).ToList();
        Assert.Equal(result.DocumentCount, reading.Count);
        Assert.Equal(Enumerable.Range(1, result.DocumentCount), reading.Select(r => r.Done).Order());
        Assert.Equal(
            [new IngestionProgress(0, 1, "", IngestionPhase.Building), new IngestionProgress(1, 1, "", IngestionPhase.Building)],
            reports.Skip(reading.Count));
    }

    // Synchronous, unlike Progress<T>, which posts to a thread pool and may hear reports out of order.
    private sealed class Recorder<T> : IProgress<T>
    {
        public ConcurrentQueue<T> Reports { get; } = new();

        public void Report(T value) => Reports.Enqueue(value);
    }
}
