using Microsoft.Extensions.Options;

namespace TeamGraph.Api.Hosting;

/// <summary>
/// Hands memory back to the system once the API goes quiet after traffic. A burst of large answers (role cards of
/// thousands of handoffs) grows the server GC's heap to several times what the served graph needs, and the GC keeps it
/// committed while nothing happens. Every <see cref="TeamGraphOptions.IdleTrimAfter"/> this looks; when
/// <see cref="IdleTrimPolicy"/> finds the process quiet with memory to return, one aggressive, compacting collection
/// returns it.
/// </summary>
internal sealed partial class IdleMemoryTrimmer(IOptions<TeamGraphOptions> options, TimeProvider time, ILogger<IdleMemoryTrimmer> logger) : BackgroundService
{
    private readonly IdleTrimPolicy _policy = new();

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        var period = options.Value.IdleTrimAfter;
        if (period <= TimeSpan.Zero)
        {
            return;
        }

        using var timer = new PeriodicTimer(period, time);
        try
        {
            while (await timer.WaitForNextTickAsync(stoppingToken).ConfigureAwait(false))
            {
                var committed = GC.GetGCMemoryInfo().TotalCommittedBytes;
                if (_policy.ShouldTrim(GC.GetTotalAllocatedBytes(), committed))
                {
                    GC.Collect(GC.MaxGeneration, GCCollectionMode.Aggressive, blocking: true, compacting: true);
                    var kept = GC.GetGCMemoryInfo().TotalCommittedBytes;
                    _policy.Returned(kept);
                    LogReturned(logger, committed / (1024 * 1024), kept / (1024 * 1024));
                }
            }
        }
        catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
        {
            // The host is stopping.
        }
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Quiet after traffic: returned memory to the system, GC committed {Before} MB -> {After} MB.")]
    private static partial void LogReturned(ILogger logger, long before, long after);
}
