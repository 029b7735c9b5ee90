using TeamGraph.Core.Graph;
using TeamGraph.Core.Store;
using TeamGraph.Neo4j.Client;
using TeamGraph.Neo4j.Report;

namespace TeamGraph.Neo4j.Writer;

public sealed partial class Neo4jGraphWriter
{
    /// <summary>One try of the write inside one transaction; a retry starts a fresh one with fresh counts.</summary>
    private sealed class Attempt(
        Neo4jGraphWriter writer, Neo4jTransaction transaction, PropertyGraph graph, string scope, string[] keptDocuments, GraphReport? report, IProgress<GraphWriteProgress>? progress)
    {
        private readonly Dictionary<string, string> _elementIds = new(StringComparer.Ordinal);
        private readonly int _total =
            graph.Nodes.CountBy(n => n.Label).Sum(group => writer.BatchCount(group.Value))
            + graph.Relationships.CountBy(r => r.Type).Sum(group => writer.BatchCount(group.Value))
            + RelationshipTypes.All.Count + NodeLabels.All.Count + (report is null ? 0 : 2);

        private int _done;
        private long _nodesCreated, _nodesUpdated, _nodesDeleted, _relationshipsCreated, _relationshipsUpdated, _relationshipsDeleted;

        public async Task<GraphWriteSummary> RunAsync(CancellationToken cancellationToken)
        {
            foreach (var group in graph.Nodes.GroupBy(n => n.Label).OrderBy(g => g.Key, StringComparer.Ordinal))
            {
                await UpsertNodesAsync(group.Key, group, cancellationToken).ConfigureAwait(false);
            }

            foreach (var group in graph.Relationships.GroupBy(r => r.Type).OrderBy(g => g.Key, StringComparer.Ordinal))
            {
                await UpsertRelationshipsAsync(group.Key, group, cancellationToken).ConfigureAwait(false);
            }

            foreach (var type in RelationshipTypes.All)
            {
                var ids = graph.Relationships.Where(r => r.Type == type).Select(r => r.Id).ToArray();
                var result = await SendAsync(GraphWriteStatements.DeleteStaleRelationships(type), new() { ["scope"] = scope, ["ids"] = ids, ["keptDocuments"] = keptDocuments }, cancellationToken).ConfigureAwait(false);
                _relationshipsDeleted += result.Sum("deleted");
            }

            foreach (var label in NodeLabels.All)
            {
                var ids = graph.Nodes.Where(n => n.Label == label).Select(n => n.Id).ToArray();
                var result = await SendAsync(GraphWriteStatements.DeleteStaleNodes(label), new() { ["scope"] = scope, ["ids"] = ids, ["keptDocuments"] = keptDocuments }, cancellationToken).ConfigureAwait(false);
                _nodesDeleted += result.Sum("deleted");
            }

            var summary = new GraphWriteSummary(_nodesCreated, _nodesUpdated, _nodesDeleted, _relationshipsCreated, _relationshipsUpdated, _relationshipsDeleted);
            return report is null ? summary : summary with { ReportVersion = await WriteReportAsync(report, summary.GraphChanged, cancellationToken).ConfigureAwait(false) };
        }

        /// <summary>Writes the report unless the graph is unchanged and the stored report says the same; returns the version written, or null.</summary>
        private async Task<string?> WriteReportAsync(GraphReport report, bool graphChanged, CancellationToken cancellationToken)
        {
            var props = IngestReportNode.Properties(report, scope);
            var stored = await SendAsync(IngestReportStatements.Fingerprint, new() { ["scope"] = scope }, cancellationToken).ConfigureAwait(false);
            if (!graphChanged && stored.Rows.Count == 1 && stored.Value(0, "fingerprint").GetString() == (string)props[IngestReportNode.FingerprintKey]!)
            {
                progress?.Report(new GraphWriteProgress(++_done, _total));
                return null;
            }

            await SendAsync(IngestReportStatements.Upsert, new() { ["scope"] = scope, ["props"] = props }, cancellationToken).ConfigureAwait(false);
            return report.Version;
        }

        private async Task UpsertNodesAsync(string label, IEnumerable<GraphNode> nodes, CancellationToken cancellationToken)
        {
            var statement = GraphWriteStatements.UpsertNodes(label);
            foreach (var batch in writer.Batches(nodes))
            {
                var rows = batch.Select(node => GraphWriteRows.Node(node, scope)).ToList();
                var result = await SendAsync(statement, new() { ["rows"] = rows }, cancellationToken).ConfigureAwait(false);
                for (var row = 0; row < result.Rows.Count; row++)
                {
                    _elementIds[result.Value(row, "id").GetString()!] = result.Value(row, "elementId").GetString()!;
                    _nodesCreated += result.Value(row, "created").GetBoolean() ? 1 : 0;
                    _nodesUpdated += result.Value(row, "changed").GetBoolean() ? 1 : 0;
                }
            }
        }

        private async Task UpsertRelationshipsAsync(string type, IEnumerable<GraphRelationship> relationships, CancellationToken cancellationToken)
        {
            var statement = GraphWriteStatements.UpsertRelationships(type);
            foreach (var batch in writer.Batches(relationships))
            {
                var rows = batch.Select(r => GraphWriteRows.Relationship(r, ElementId(r.StartId), ElementId(r.EndId), scope)).ToList();
                var result = await SendAsync(statement, new() { ["rows"] = rows }, cancellationToken).ConfigureAwait(false);
                _relationshipsCreated += result.Sum("created");
                _relationshipsUpdated += result.Sum("updated");
            }
        }

        private string ElementId(string nodeId) => _elementIds.TryGetValue(nodeId, out var elementId)
            ? elementId
            : throw new Neo4jException(Neo4jErrorCodes.InvalidResponse, $"Neo4j returned no element id for node '{nodeId}' after merging it.");

        private async Task<Neo4jResult> SendAsync(string statement, Dictionary<string, object?> parameters, CancellationToken cancellationToken)
        {
            var result = await transaction.RunAsync(new Neo4jQuery(statement, parameters), cancellationToken).ConfigureAwait(false);
            progress?.Report(new GraphWriteProgress(++_done, _total));
            return result;
        }
    }
}
