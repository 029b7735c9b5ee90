using System.Globalization;
using TeamGraph.Core.Store;
using TeamGraph.Core.Telemetry;

namespace TeamGraph.GraphQL.Serving;

/// <summary>
/// Serves a store that <c>teamgraph ingest</c> writes from elsewhere (Neo4j), so any number of API replicas answer
/// from it with no docs folder of their own. A reload reads the store's version (one small read) and, when it is not
/// the one served, its report, then serves the store pinned to that report. The API reloads at start, every poll
/// interval, on <c>Mutation.reload</c>, and whenever a request finds the version changed under it.
/// </summary>
/// <remarks>
/// A reload that finds nothing new (after one that succeeded) is neither <see cref="LastReload"/> nor an event, so
/// polling every few seconds does not fill the log and <c>reloadStatus</c> tells when the served version was read; a
/// failed read keeps what was served and is both. Each reload gives the store <see cref="ReadTimeout"/>,
/// so a store that takes connections and never answers delays neither the start nor the next poll for long.
/// </remarks>
public sealed class StoreFollower(TeamGraphState state, ITeamGraphReader store, string description, TimeProvider time) : IServedGraphSource, IDisposable
{
    /// <summary>How long one reload may wait for the store, retries included.</summary>
    public static readonly TimeSpan ReadTimeout = TimeSpan.FromSeconds(15);

    private readonly SemaphoreSlim _gate = new(1, 1);
    private volatile ReloadReport? _lastReload;

    /// <inheritdoc />
    public event EventHandler<ReloadReport>? Reloaded;

    /// <inheritdoc />
    public string Description => description;

    /// <inheritdoc />
    public ReloadReport? LastReload => _lastReload;

    /// <inheritdoc />
    public async Task<ReloadReport> ReloadAsync(CancellationToken cancellationToken = default)
    {
        await _gate.WaitAsync(cancellationToken).ConfigureAwait(false);
        try
        {
            using var span = TeamGraphTelemetry.StartReload(description);
            var (report, changed) = await ReadAsync(cancellationToken).ConfigureAwait(false);
            TeamGraphTelemetry.RecordReload(span, report.Succeeded, report.Duration, report.Served.Counts, report.Message, report.Exception);
            if (changed || !report.Succeeded || _lastReload is null or { Succeeded: false })
            {
                _lastReload = report;
                Reloaded?.Invoke(this, report);
            }

            return report;
        }
        finally
        {
            _gate.Release();
        }
    }

    /// <inheritdoc />
    public void Dispose() => _gate.Dispose();

    private async Task<(ReloadReport Report, bool Changed)> ReadAsync(CancellationToken cancellationToken)
    {
        var attemptedAt = time.GetUtcNow();
        var started = time.GetTimestamp();
        var served = state.Current;
        using var timeout = new CancellationTokenSource(ReadTimeout, time);
        using var deadline = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken, timeout.Token);
        try
        {
            var version = await store.GetVersionAsync(deadline.Token).ConfigureAwait(false);
            if (ReferenceEquals(served.Reader, store) && version == served.Report.Version)
            {
                return (Report(true, $"{Describe(served.Report)} is served; nothing changed.", served.Report), false);
            }

            var report = await store.GetReportAsync(deadline.Token).ConfigureAwait(false);
            state.Serve(new ServedGraph(store, report, null));
            return (Report(true, report.Version.Length == 0 ? $"{description} holds no ingested graph yet: run teamgraph ingest." : $"Serving {Describe(report)}.", report), true);
        }
        catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
        {
            throw;
        }
        catch (OperationCanceledException exception)
        {
            return (Report(false, $"{description} did not answer within {ReadTimeout.TotalSeconds:0} s; {Still()}", served.Report) with { Exception = exception }, false);
        }
#pragma warning disable CA1031 // Whatever breaks the read, what was served stays served and the report says why.
        catch (Exception exception)
#pragma warning restore CA1031
        {
            return (Report(false, $"Reading {description} failed: {exception.Message.TrimEnd('.')}; {Still()}", served.Report) with { Exception = exception }, false);
        }

        string Still() => ReferenceEquals(served.Reader, store) ? "what was read before is still served." : "nothing is served yet.";

        ReloadReport Report(bool succeeded, string message, GraphReport graph) =>
            new(succeeded, message, attemptedAt, time.GetElapsedTime(started), graph);
    }

    private static string Describe(GraphReport report) => string.Create(CultureInfo.InvariantCulture,
        $"version {report.Version} of {report.Source} (ingested {report.IngestedAt:u}: {report.Counts.Documents} documents, {report.Counts.Nodes} nodes, "
        + $"{report.Counts.Relationships} relationships; {report.Counts.Errors} errors, {report.Counts.Warnings} warnings; {report.Findings.Count} audit findings)");
}
