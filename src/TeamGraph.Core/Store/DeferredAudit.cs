using System.Diagnostics;
using System.Globalization;
using TeamGraph.Core.Ingestion;

namespace TeamGraph.Core.Store;

/// <summary>
/// The audit of a graph that is already served: worked out in the background, so the graph answers its questions while
/// the findings are still being found (on thousands of cards that is seconds), within a deadline, and stopped when a
/// newer graph replaces this one. <see cref="Report"/> is the full report; it fails only with
/// <see cref="AuditUnavailableException"/>, whose message says why.
/// </summary>
public sealed class DeferredAudit : IDisposable
{
    private readonly CancellationTokenSource _stop;
    private readonly CancellationTokenRegistration _stopWhenAbandoned;
    private volatile bool _superseded;
    private int _disposed;

    private DeferredAudit(Func<CancellationToken, GraphReport> audit, TimeSpan deadline, CancellationToken abandoned)
    {
        // Constructed with its deadline (a zero deadline cancels at once, where CancelAfter would race the audit).
        _stop = new CancellationTokenSource(deadline);
        _stopWhenAbandoned = abandoned.Register(static stop => ((CancellationTokenSource)stop!).Cancel(), _stop);
        var token = _stop.Token;
        Report = Task.Run(() => Run(audit, deadline, abandoned, token), CancellationToken.None);
    }

    /// <summary>The report with its findings, once the audit has run.</summary>
    public Task<GraphReport> Report { get; }

    /// <summary>Whether a newer graph replaced this one (<see cref="Dispose"/>), stopping the audit if it still ran.</summary>
    public bool Superseded => _superseded;

    /// <summary>How long the audit took; zero until it has finished.</summary>
    public TimeSpan Duration { get; private set; }

    /// <summary>
    /// Starts auditing <paramref name="ingest"/>, whose report without findings is <paramref name="unaudited"/>; it stops
    /// at <paramref name="deadline"/>, and when <paramref name="abandoned"/> says the graph will never be served.
    /// </summary>
    public static DeferredAudit Start(IngestionResult ingest, GraphReport unaudited, TimeSpan deadline, CancellationToken abandoned = default)
    {
        ArgumentNullException.ThrowIfNull(ingest);
        ArgumentNullException.ThrowIfNull(unaudited);
        return new DeferredAudit(token => unaudited.Audited(ingest, cancellationToken: token), deadline, abandoned);
    }

    /// <summary>Runs <paramref name="audit"/> as the audit: the seam where tests put one that blocks or throws.</summary>
    internal static DeferredAudit Start(Func<CancellationToken, GraphReport> audit, TimeSpan deadline) => new(audit, deadline, CancellationToken.None);

    /// <summary>The graph is no longer served: stops the audit if it still runs.</summary>
    public void Dispose()
    {
        if (Interlocked.Exchange(ref _disposed, 1) == 1)
        {
            return;
        }

        _superseded = true;
        _stopWhenAbandoned.Dispose();
        _stop.Cancel();

        // The audit may not have looked at its token yet (a disposed source's token throws when waited on or
        // registered with): the source goes once the audit has stopped.
        Report.ContinueWith(static (_, stop) => ((CancellationTokenSource)stop!).Dispose(), _stop,
            CancellationToken.None, TaskContinuationOptions.ExecuteSynchronously, TaskScheduler.Default);
    }

    private GraphReport Run(Func<CancellationToken, GraphReport> audit, TimeSpan deadline, CancellationToken abandoned, CancellationToken token)
    {
        var started = Stopwatch.GetTimestamp();
        try
        {
            return audit(token);
        }
        catch (OperationCanceledException) when (_superseded)
        {
            throw new AuditUnavailableException("A newer graph replaced the one this audit was for; ask again.");
        }
        catch (OperationCanceledException) when (abandoned.IsCancellationRequested)
        {
            throw new AuditUnavailableException("The graph this audit was for was never served: its reload gave up on it.");
        }
        catch (OperationCanceledException)
        {
            throw new AuditUnavailableException(
                $"The audit did not finish within {deadline.TotalSeconds.ToString("0.###", CultureInfo.InvariantCulture)} s (the reload timeout); reload to try again.");
        }
#pragma warning disable CA1031 // Whatever stops the audit, the graph stays served and the audit's readers learn why.
        catch (Exception exception)
#pragma warning restore CA1031
        {
            throw new AuditUnavailableException($"The audit failed ({exception.GetType().Name}); the log has the details.", exception);
        }
        finally
        {
            Duration = Stopwatch.GetElapsedTime(started);
        }
    }
}
