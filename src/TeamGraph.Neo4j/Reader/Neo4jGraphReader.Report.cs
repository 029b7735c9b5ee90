using TeamGraph.Core.Store;
using TeamGraph.Neo4j.Client;
using TeamGraph.Neo4j.Report;

namespace TeamGraph.Neo4j.Reader;

/// <summary>The ingest reports <c>teamgraph ingest</c> writes beside the graph, one per scope.</summary>
public sealed partial class Neo4jGraphReader
{
    /// <inheritdoc />
    public async Task<GraphReport> GetReportAsync(CancellationToken cancellationToken = default)
    {
        var result = await _client.RunAsync(new Neo4jQuery(IngestReportStatements.Reports), cancellationToken).ConfigureAwait(false);
        return IngestReportNode.Combine([.. result.Rows.Select((_, row) => IngestReportNode.Read(result.Value(row, "props")))]);
    }

    /// <inheritdoc />
    public async Task<string> GetVersionAsync(CancellationToken cancellationToken = default)
    {
        var result = await _client.RunAsync(new Neo4jQuery(IngestReportStatements.Versions), cancellationToken).ConfigureAwait(false);
        return IngestReportNode.CombineVersions([.. result.Rows.Select((_, row) => result.Value(row, "version").GetString() ?? "")]);
    }
}
