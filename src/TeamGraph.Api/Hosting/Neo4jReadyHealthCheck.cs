using Microsoft.Extensions.Diagnostics.HealthChecks;
using TeamGraph.Neo4j.Client;

namespace TeamGraph.Api.Hosting;

/// <summary>
/// With <c>TEAMGRAPH_STORE=neo4j</c>, ready when Neo4j answers <c>RETURN 1</c>, since every query goes there; with the
/// embedded store there is nothing to check and Neo4j is not contacted. The check gives Neo4j <see cref="AnswerWithin"/>,
/// retries included: a probe (a container health check, a load balancer) wants a quick no, not the client's full patience.
/// </summary>
internal sealed class Neo4jReadyHealthCheck(IServiceProvider services) : IHealthCheck
{
    public static readonly TimeSpan AnswerWithin = TimeSpan.FromSeconds(2);

    public async Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default)
    {
        if (TeamGraphStore.Read(services) != TeamGraphStore.Neo4j)
        {
            return HealthCheckResult.Healthy("The embedded store is served; Neo4j is not used.");
        }

        var client = services.GetRequiredService<Neo4jQueryClient>();
        using var deadline = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        deadline.CancelAfter(AnswerWithin);
        try
        {
            await client.RunAsync(Neo4jQuery.Ready, deadline.Token).ConfigureAwait(false);
            return HealthCheckResult.Healthy($"Serving from {client.Options}, which answers.");
        }
        catch (Neo4jException exception)
        {
            return HealthCheckResult.Unhealthy($"Serving from {client.Options}, which does not answer: {exception.Code} {exception.Message}");
        }
        catch (OperationCanceledException) when (deadline.IsCancellationRequested && !cancellationToken.IsCancellationRequested)
        {
            return HealthCheckResult.Unhealthy($"Serving from {client.Options}, which did not answer within {AnswerWithin.TotalSeconds:0} s.");
        }
    }
}
