using Microsoft.Extensions.Options;
using TeamGraph.GraphQL.Serving;

namespace TeamGraph.Api.Hosting;

/// <summary>
/// With the <c>neo4j</c> store, reads the version of the graph in Neo4j every <see cref="TeamGraphOptions.StorePollInterval"/>
/// and serves the new graph when an ingest wrote one; with the embedded store it does nothing (the docs folder watcher
/// reloads instead).
/// </summary>
internal sealed class StorePolling(IServiceProvider services, IServedGraphSource source, IOptions<TeamGraphOptions> options, TimeProvider time)
    : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        if (TeamGraphStore.Read(services) != TeamGraphStore.Neo4j)
        {
            return;
        }

        using var timer = new PeriodicTimer(options.Value.StorePollInterval, time);
        try
        {
            while (await timer.WaitForNextTickAsync(stoppingToken).ConfigureAwait(false))
            {
                // Never throws for an unreachable store: the report says why, and the last graph read stays served.
                await source.ReloadAsync(stoppingToken).ConfigureAwait(false);
            }
        }
        catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
        {
            // The host is stopping.
        }
    }
}
