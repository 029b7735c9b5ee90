using TeamGraph.Core.Ingestion;
using TeamGraph.Core.Telemetry;

namespace TeamGraph.GraphQL.Serving;

/// <summary>
/// Re-ingests the docs folder into a new <see cref="ServedGraph"/> built aside, then swaps it in with
/// <see cref="TeamGraphState.Serve"/>. One reload runs at a time; calls made while one is waiting to start join it,
/// so a burst of requests costs at most one reload after the running one. A reload that fails, or takes longer than
/// <see cref="ReloadOptions.Timeout"/>, keeps the last good graph served and says why in <see cref="LastReload"/>; a
/// stuck reload is reported failed at its timeout, so the report never goes on saying that all is well. Each reload
/// hands the ingester the served documents, so a document that no longer loads keeps its last good version.
/// </summary>
public sealed partial class TeamGraphReloader : IServedGraphSource
{
    /// <summary>From this many relationships (a team of a few hundred cards) a reload gives its memory back at once.</summary>
    private const int CompactAfterRelationships = 20_000;

    private readonly TeamGraphState _state;
    private readonly Func<string, LastGoodDocuments?, CancellationToken, IngestionResult> _ingest;
    private readonly ReloadOptions _options;
    private readonly TimeProvider _time;
    private readonly Lock _gate = new();
    private Task<ReloadReport> _running = Task.FromResult<ReloadReport>(null!);
    private Task<ReloadReport>? _queued;
    private volatile ReloadReport? _lastReload;

    /// <summary>A reloader of <paramref name="folder"/> into <paramref name="state"/>.</summary>
    /// <param name="state">Where the graph is served.</param>
    /// <param name="folder">The docs folder.</param>
    /// <param name="time">The clock that stamps reloads.</param>
    /// <param name="ingest">
    /// Ingests a folder. <value>Default: <see cref="FolderIngester"/> with <see cref="ReloadOptions.Ingestion"/>, given the
    /// served documents as the last good ones.</value>
    /// </param>
    /// <param name="options">The reload timeout and the ingest's budgets. <value>Default: <see cref="ReloadOptions.Default"/>.</value></param>
    public TeamGraphReloader(
        TeamGraphState state,
        string folder,
        TimeProvider time,
        Func<string, IngestionResult>? ingest = null,
        ReloadOptions? options = null)
    {
        _options = options ?? ReloadOptions.Default;
        _state = state;
        Folder = folder;
        _time = time;
        // A reload keeps the documents' bytes: the next one falls back on them for a document that breaks.
        var ingester = new FolderIngester(options: _options.Ingestion with { KeepLastGood = true }, time: time);
        _ingest = ingest is null
            ? (path, previous, cancellationToken) => ingester.Ingest(path, previous, cancellationToken: cancellationToken)
            : (path, _, _) => ingest(path);
    }

    /// <inheritdoc />
    public event EventHandler<ReloadReport>? Reloaded;

    /// <summary>The audit of a graph this reloader served has finished, failed, or was stopped by a newer graph.</summary>
    public event EventHandler<AuditReport>? Audited;

    /// <summary>The docs folder this reloader ingests.</summary>
    public string Folder { get; }

    /// <inheritdoc />
    public string Description => Folder;

    /// <inheritdoc />
    public ReloadReport? LastReload => _lastReload;

    /// <summary>
    /// Reloads the folder after the reload running now, if any; joins the reload already waiting, if any. Never
    /// throws for a broken folder: the report says what went wrong. <paramref name="cancellationToken"/> stops the
    /// wait, not the reload, which other callers may share.
    /// </summary>
    public Task<ReloadReport> ReloadAsync(CancellationToken cancellationToken = default)
    {
        Task<ReloadReport> reload;
        lock (_gate)
        {
            if (_queued is null)
            {
                var previous = _running;

                // Task.Run: the reload must not start on this thread while the lock is held, or it would clear
                // _queued before it is set.
                _queued = _running = Task.Run(() => RunAfterAsync(previous), CancellationToken.None);
            }

            reload = _queued;
        }

        return reload.WaitAsync(cancellationToken);
    }

    private async Task<ReloadReport> RunAfterAsync(Task previous)
    {
        await previous.ConfigureAwait(ConfigureAwaitOptions.SuppressThrowing);
        lock (_gate)
        {
            // From here on the folder is read, so later changes need a reload of their own.
            _queued = null;
        }

        ReloadReport report;
        using (var span = TeamGraphTelemetry.StartReload(Folder))
        {
            report = await ReloadOnceAsync().ConfigureAwait(false);
            TeamGraphTelemetry.RecordReload(span, report.Succeeded, report.Duration, report.Served.Counts, report.Message, report.Exception);
        }

        _lastReload = report;
        Reloaded?.Invoke(this, report);
        return report;
    }
}
