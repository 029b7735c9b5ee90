using Microsoft.Extensions.Diagnostics.HealthChecks;
using TeamGraph.GraphQL.Serving;

namespace TeamGraph.Api.Hosting;

/// <summary>Ready once a graph has been ingested and is served; says what is served.</summary>
internal sealed class GraphLoadedHealthCheck(TeamGraphState state) : IHealthCheck
{
    public const string ReadyTag = "ready";

    public Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default)
    {
        var current = state.Current;
        return Task.FromResult(current.Folder.Length == 0
            ? HealthCheckResult.Unhealthy("No documents have been ingested yet.")
            : HealthCheckResult.Healthy($"{current.Ingest.DocumentCount} documents, {current.Ingest.Graph.Nodes.Count} nodes from {current.Folder}."));
    }
}
