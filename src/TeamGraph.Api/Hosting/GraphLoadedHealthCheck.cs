using System.Globalization;
using Microsoft.Extensions.Diagnostics.HealthChecks;
using TeamGraph.GraphQL.Serving;

namespace TeamGraph.Api.Hosting;

/// <summary>
/// Ready once a graph is served (the docs folder read, or an ingest found in Neo4j); says what is served. Unhealthy
/// while nothing is served, also when the first reload failed or timed out (an instance with no graph must not get
/// traffic). Degraded (still HTTP 200: the instance answers queries) when the last reload failed and the last good
/// graph is served, or when the served documents have error diagnostics (what loaded is served;
/// <c>reloadStatus { diagnostics }</c> lists them).
/// </summary>
internal sealed class GraphLoadedHealthCheck(TeamGraphState state, IServedGraphSource source) : IHealthCheck
{
    public const string ReadyTag = "ready";

    public Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default)
    {
        var report = state.Current.Report;
        var counts = report.Counts;
        var nothing = report.Version.Length == 0;
        var served = nothing ? "nothing" : $"{counts.Documents} documents, {counts.Nodes} nodes from {report.Source}";
        var failed = source.LastReload is { Succeeded: false } last ? last : null;
        return Task.FromResult(
            nothing ? HealthCheckResult.Unhealthy(failed is not null ? $"The last reload failed: {failed.Message}"
                : source is TeamGraphReloader ? "No documents have been ingested yet."
                : $"{source.Description} holds no ingested graph yet: run teamgraph ingest.")
            : failed is not null ? HealthCheckResult.Degraded($"The last reload failed: {failed.Message} Serving {served}.")
            : counts.Errors > 0 ? HealthCheckResult.Degraded(string.Create(CultureInfo.InvariantCulture,
                $"{counts.Errors} error diagnostics in the served documents (reloadStatus lists them); serving what loaded: {served}."))
            : HealthCheckResult.Healthy($"{served}."));
    }
}
