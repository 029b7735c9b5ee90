using System.Globalization;
using Microsoft.Extensions.Diagnostics.HealthChecks;
using TeamGraph.Core.Diagnostics;
using TeamGraph.GraphQL.Serving;

namespace TeamGraph.Api.Hosting;

/// <summary>
/// Ready once the docs folder has been read; says what is served. Degraded (still HTTP 200: the instance answers
/// queries) when the last reload failed or timed out (the last good graph, if any, is served), or when the served
/// documents have error diagnostics (what loaded is served; <c>reloadStatus { diagnostics }</c> lists them).
/// </summary>
internal sealed class GraphLoadedHealthCheck(TeamGraphState state, TeamGraphReloader? reloader = null) : IHealthCheck
{
    public const string ReadyTag = "ready";

    public Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default)
    {
        var current = state.Current;
        var lastReload = reloader?.LastReload;
        var served = current.Folder.Length == 0
            ? "nothing"
            : $"{current.Ingest.DocumentCount} documents, {current.Ingest.Graph.Nodes.Count} nodes from {current.Folder}";
        var errors = current.Ingest.Diagnostics.Count(d => d.Severity == DiagnosticSeverity.Error);
        return Task.FromResult(
            lastReload is { Succeeded: false } failed ? HealthCheckResult.Degraded($"The last reload failed: {failed.Message} Serving {served}.")
            : current.Folder.Length == 0 ? HealthCheckResult.Unhealthy("No documents have been ingested yet.")
            : errors > 0 ? HealthCheckResult.Degraded(string.Create(CultureInfo.InvariantCulture,
                $"{errors} error diagnostics in the served documents (reloadStatus lists them); serving what loaded: {served}."))
            : HealthCheckResult.Healthy($"{served}."));
    }
}
