using Microsoft.Extensions.Diagnostics.HealthChecks;
using TeamGraph.GraphQL.Serving;

namespace TeamGraph.Api.Hosting;

/// <summary>
/// Ready once a graph has been ingested and is served; says what is served. Degraded (still HTTP 200: the instance
/// answers queries, from the last good graph) when the last reload failed.
/// </summary>
internal sealed class GraphLoadedHealthCheck(TeamGraphState state, TeamGraphReloader? reloader = null) : IHealthCheck
{
    public const string ReadyTag = "ready";

    public Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default)
    {
        var current = state.Current;
        var served = $"{current.Ingest.DocumentCount} documents, {current.Ingest.Graph.Nodes.Count} nodes from {current.Folder}";
        return Task.FromResult(
            current.Folder.Length == 0 ? HealthCheckResult.Unhealthy("No documents have been ingested yet.")
            : reloader?.LastReload is { Succeeded: false } failed ? HealthCheckResult.Degraded($"The last reload failed: {failed.Message} Serving {served}.")
            : HealthCheckResult.Healthy($"{served}."));
    }
}
