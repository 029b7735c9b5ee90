using TeamGraph.Core.Ingestion;
using TeamGraph.Core.Store;

namespace TeamGraph.Core.Tests.Store;

/// <summary>The audit of a served graph runs after it is served: its readers wait for it, and learn why when it is not there.</summary>
public sealed class DeferredAuditTests
{
    private static readonly Lazy<IngestionResult> Seed = new(() => new FolderIngester().Ingest(Path.Combine(TestPaths.RepoRoot, "seed")));

    [Fact]
    public async Task Report_OfTheSeed_HasTheFindingsOfTheAuditRunInPlace()
    {
        var unaudited = GraphReport.Unaudited(Seed.Value, "seed", DateTimeOffset.UnixEpoch);
        using var audit = DeferredAudit.Start(Seed.Value, unaudited, TimeSpan.FromMinutes(5), TestContext.Current.CancellationToken);
        var store = new EmbeddedGraphStore(Seed.Value.Graph, unaudited, audit);

        var report = await store.GetReportAsync(TestContext.Current.CancellationToken);

        Assert.Empty(unaudited.Findings);
        Assert.Equal(unaudited.Version, report.Version);
        Assert.Equal(unaudited.Counts, report.Counts);
        var inPlace = GraphReport.Of(Seed.Value, "seed", DateTimeOffset.UnixEpoch);
        Assert.NotEmpty(inPlace.Findings);
        Assert.Equal(inPlace.Findings.Select(f => f.ToDiagnostic().ToString()), report.Findings.Select(f => f.ToDiagnostic().ToString()));
        Assert.True(audit.Duration > TimeSpan.Zero);
    }

    [Fact]
    public async Task Counts_WhileTheAuditRuns_AnswerAtOnce_AndTheReportWaits()
    {
        using var release = new ManualResetEventSlim();
        var unaudited = GraphReport.Unaudited(Seed.Value, "seed", DateTimeOffset.UnixEpoch);
        using var audit = DeferredAudit.Start(token =>
        {
            release.Wait(token);
            return unaudited.Audited(Seed.Value, cancellationToken: token);
        }, TimeSpan.FromMinutes(5));
        ITeamGraphReader store = new EmbeddedGraphStore(Seed.Value.Graph, unaudited, audit);

        Assert.Equal(unaudited.Counts, await store.GetCountsAsync(TestContext.Current.CancellationToken));
        Assert.Equal(unaudited.Version, await store.GetVersionAsync(TestContext.Current.CancellationToken));
        var report = store.GetReportAsync(TestContext.Current.CancellationToken);
        Assert.False(report.IsCompleted);

        release.Set();
        Assert.NotEmpty((await report).Findings);
    }

    [Fact]
    public async Task Dispose_WhileTheAuditRuns_StopsIt_AndSaysANewerGraphReplacedIt()
    {
        var unaudited = GraphReport.Unaudited(Seed.Value, "seed", DateTimeOffset.UnixEpoch);
        using var started = new ManualResetEventSlim();
        using var disposed = new ManualResetEventSlim();
        var audit = DeferredAudit.Start(token =>
        {
            started.Set();
            // The worst order: the graph is replaced before the audit first looks at its token.
            disposed.Wait(TimeSpan.FromMinutes(1), CancellationToken.None);
            token.WaitHandle.WaitOne();
            token.ThrowIfCancellationRequested();
            return unaudited;
        }, TimeSpan.FromMinutes(5));
        var store = new EmbeddedGraphStore(Seed.Value.Graph, unaudited, audit);
        started.Wait(TestContext.Current.CancellationToken);

        audit.Dispose();
        disposed.Set();
        audit.Dispose();

        var failure = await Assert.ThrowsAsync<AuditUnavailableException>(() => store.GetReportAsync(TestContext.Current.CancellationToken));
        Assert.Equal("A newer graph replaced the one this audit was for; ask again.", failure.Message);
    }

    [Fact]
    public async Task Report_PastTheDeadline_SaysTheAuditDidNotFinishInTime()
    {
        var unaudited = GraphReport.Unaudited(Seed.Value, "seed", DateTimeOffset.UnixEpoch);
        using var audit = DeferredAudit.Start(Seed.Value, unaudited, TimeSpan.Zero, TestContext.Current.CancellationToken);

        var failure = await Assert.ThrowsAsync<AuditUnavailableException>(() => audit.Report);

        Assert.Equal("The audit did not finish within 0 s (the reload timeout); reload to try again.", failure.Message);
    }

    [Fact]
    public async Task Report_OfAGraphItsReloadGaveUpOn_StopsAndSaysSo()
    {
        var unaudited = GraphReport.Unaudited(Seed.Value, "seed", DateTimeOffset.UnixEpoch);
        using var reloadTimedOut = new CancellationTokenSource();
        await reloadTimedOut.CancelAsync();
        using var audit = DeferredAudit.Start(Seed.Value, unaudited, TimeSpan.FromMinutes(5), reloadTimedOut.Token);

        var failure = await Assert.ThrowsAsync<AuditUnavailableException>(() => audit.Report);

        Assert.Equal("The graph this audit was for was never served: its reload gave up on it.", failure.Message);
    }

    [Fact]
    public async Task Report_OfAnAuditThatThrows_NamesTheFailureAndKeepsTheCause()
    {
        var cause = new InvalidOperationException("a rule broke");
        using var audit = DeferredAudit.Start(_ => throw cause, TimeSpan.FromMinutes(5));

        var failure = await Assert.ThrowsAsync<AuditUnavailableException>(() => audit.Report);

        Assert.Equal("The audit failed (InvalidOperationException); the log has the details.", failure.Message);
        Assert.Same(cause, failure.InnerException);
    }
}
