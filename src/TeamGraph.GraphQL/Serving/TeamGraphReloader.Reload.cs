using System.Globalization;
using TeamGraph.Core.Ingestion;
using TeamGraph.Core.Store;

namespace TeamGraph.GraphQL.Serving;

/// <summary>One reload: ingest aside, check, swap, all within <see cref="ReloadOptions.Timeout"/>.</summary>
public sealed partial class TeamGraphReloader
{
    private async Task<ReloadReport> ReloadOnceAsync()
    {
        var attemptedAt = _time.GetUtcNow();
        var started = _time.GetTimestamp();
        var served = _state.Current;
        using var timeout = new CancellationTokenSource();
        IngestionResult ingest;
        try
        {
            if (!Directory.Exists(Folder))
            {
                return Failed(served, attemptedAt, started, $"The docs folder does not exist (any more); {StillServed(served)}");
            }

            // The served documents lend their last good version to each document that fails now (see FolderIngester).
            var previous = served.Folder?.Path == Folder ? served.Folder.Documents : null;
            ingest = await WithinTimeoutAsync(() => _ingest(Folder, previous, timeout.Token), started, timeout).ConfigureAwait(false);
        }
        catch (TimeoutException)
        {
            return Failed(served, attemptedAt, started, $"Reading the docs folder took longer than the reload timeout of {Seconds(_options.Timeout)} s; {StillServed(served)}");
        }
#pragma warning disable CA1031 // Whatever breaks the reload, the last good graph stays served and the report says why.
        catch (Exception exception)
#pragma warning restore CA1031
        {
            return Failed(served, attemptedAt, started,
                $"Reading the docs folder failed ({exception.GetType().Name}); {StillServed(served)} The log has the details.") with
            { Exception = exception };
        }

        // A folder caught empty is far more likely a checkout or a copy in progress than a team that deleted every
        // card, so it does not replace a graph that had documents.
        if (ingest.DocumentCount == 0 && served.Report.Counts.Documents > 0)
        {
            return Failed(served, attemptedAt, started,
                $"The docs folder has no Markdown documents; the last good graph ({served.Report.Counts.Documents} documents) is still served.");
        }

        ServedGraph graph;
        try
        {
            // A build that outlives the timeout finishes in the background; its audit stops then rather than run unread.
            var abandoned = timeout.Token;
            graph = await WithinTimeoutAsync(() => ServedGraph.Embedded(ingest, Folder, attemptedAt, _options.Timeout, abandoned), started, timeout)
                .ConfigureAwait(false);
        }
        catch (TimeoutException)
        {
            return Failed(served, attemptedAt, started, $"Building the graph took longer than the reload timeout of {Seconds(_options.Timeout)} s; {StillServed(served)}");
        }
#pragma warning disable CA1031 // As above: an indexing failure must not take the served graph down.
        catch (Exception exception)
#pragma warning restore CA1031
        {
            return Failed(served, attemptedAt, started,
                $"Building the graph failed ({exception.GetType().Name}); {StillServed(served)} The log has the details.") with
            { Exception = exception };
        }

        _state.Serve(graph);
        served.Audit?.Dispose();
        _ = FollowAuditAsync(graph);
        var counts = graph.Report.Counts;
        return Report(graph, true, attemptedAt, started,
            $"Reloaded {counts.Documents} documents: {counts.Nodes} nodes, {counts.Relationships} relationships; {counts.Errors} errors, {counts.Warnings} warnings.");
    }

    /// <summary>
    /// Runs <paramref name="work"/> on a worker and stops waiting for it when the reload's time is up, cancelling it; work
    /// that cannot be cancelled finishes in the background, and the reload after this one does not wait for it.
    /// </summary>
    private async Task<T> WithinTimeoutAsync<T>(Func<T> work, long started, CancellationTokenSource timeout)
    {
        var remaining = _options.Timeout - _time.GetElapsedTime(started);
        var running = Task.Run(work, CancellationToken.None);
        try
        {
            return await running.WaitAsync(remaining > TimeSpan.Zero ? remaining : TimeSpan.Zero, _time).ConfigureAwait(false);
        }
        catch (TimeoutException)
        {
            await timeout.CancelAsync().ConfigureAwait(false);
            _ = running.ContinueWith(static t => t.Exception, CancellationToken.None, TaskContinuationOptions.OnlyOnFaulted, TaskScheduler.Default);
            throw;
        }
    }

    /// <summary>Waits for the served graph's audit, says how it went (<see cref="Audited"/>), then returns the memory the reload used.</summary>
    private async Task FollowAuditAsync(ServedGraph graph)
    {
        if (graph.Audit is not { } audit)
        {
            return;
        }

        AuditReport report;
        try
        {
            var audited = await audit.Report.ConfigureAwait(false);
            report = new AuditReport(Folder, true, false, $"Audited {audited.Counts.Documents} documents: {audited.Findings.Count} findings.", audit.Duration, null);
            ReturnReloadMemory(graph);
        }
        catch (AuditUnavailableException exception)
        {
            report = new AuditReport(Folder, false, audit.Superseded, exception.Message, audit.Duration, exception.InnerException);
        }

        Audited?.Invoke(this, report);
    }

    /// <summary>
    /// A large reload leaves its working memory behind (the ingest's parse trees, the audit's indexes) and, once swapped
    /// out, the previous graph: on thousands of cards hundreds of MB that the GC would otherwise keep committed while
    /// the server idles. One compacting collection once the audit is done hands it back to the system; small teams are
    /// left to the GC's own pace.
    /// </summary>
    private static void ReturnReloadMemory(ServedGraph graph)
    {
        if (graph.Report.Counts.Relationships >= CompactAfterRelationships)
        {
            GC.Collect(GC.MaxGeneration, GCCollectionMode.Aggressive, blocking: true, compacting: true);
        }
    }

    private static string StillServed(ServedGraph served) =>
        served.Folder is null ? "nothing is served yet." : "the last good graph is still served.";

    private static string Seconds(TimeSpan time) => time.TotalSeconds.ToString("0.###", CultureInfo.InvariantCulture);

    private ReloadReport Failed(ServedGraph served, DateTimeOffset attemptedAt, long started, string message) =>
        Report(served, false, attemptedAt, started, message);

    private ReloadReport Report(ServedGraph graph, bool succeeded, DateTimeOffset attemptedAt, long started, string message) =>
        new(succeeded, message, attemptedAt, _time.GetElapsedTime(started), graph.Report);
}
