using Microsoft.Extensions.Diagnostics.HealthChecks;
using TeamGraph.Neo4j.Client;

namespace TeamGraph.Api.Hosting;

/// <summary>
/// With <c>TEAMGRAPH_STORE=neo4j</c>, ready when Neo4j answers <c>RETURN 1</c>, since every query goes there; with the
/// embedded store there is nothing to check and Neo4j is not contacted.
/// </summary>
internal sealed class Neo4jReadyHealthCheck(IServiceProvider services, IConfiguration configuration) : IHealthCheck
{
    public async Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default)
    {
        if (TeamGraphStore.Read(configuration) != TeamGraphStore.Neo4j)
        {
            return HealthCheckResult.Healthy("The embedded store is served; Neo4j is not used.");
        }

        var client = services.GetRequiredService<Neo4jQueryClient>();
        try
        {
            await client.RunAsync(new Neo4jQuery("RETURN 1 AS ready"), cancellationToken).ConfigureAwait(false);
            return HealthCheckResult.Healthy($"Serving from {client.Options}, which answers.");
        }
        catch (Neo4jException exception)
        {
            return HealthCheckResult.Unhealthy($"Serving from {client.Options}, which does not answer: {exception.Code} {exception.Message}");
        }
    }
}
