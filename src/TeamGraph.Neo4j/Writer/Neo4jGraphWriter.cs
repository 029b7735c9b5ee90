using TeamGraph.Core.Graph;
using TeamGraph.Core.Store;
using TeamGraph.Neo4j.Client;

namespace TeamGraph.Neo4j.Writer;

/// <summary>
/// Writes a <see cref="PropertyGraph"/> into Neo4j in one explicit transaction: nodes per label, then relationships
/// per type, in batched <c>UNWIND $rows ... MERGE</c> statements, then removes the relationships and nodes that an
/// earlier write of the same <em>scope</em> produced and this graph no longer has. Writing the same graph twice
/// changes nothing the second time and reports <see cref="GraphWriteSummary.HasChanges"/> false.
/// </summary>
/// <remarks>
/// A scope names one source of documents (by default the ingested folder's name): every element written carries it
/// in <c>ingestScope</c>, so re-ingesting a folder cleans up after itself without touching what other folders wrote.
/// A node that two scopes both produce (a shared skill) belongs to whichever wrote it last.
/// </remarks>
public sealed partial class Neo4jGraphWriter(Neo4jQueryClient client, Neo4jGraphWriterOptions? options = null)
{
    private readonly int _batchSize = Math.Max(1, (options ?? new Neo4jGraphWriterOptions()).BatchSize);

    /// <summary>
    /// Writes <paramref name="graph"/> under <paramref name="scope"/>, retrying the whole transaction on transient
    /// failures. What an earlier write took from one of <paramref name="keptDocuments"/> (paths as in the elements'
    /// <c>source</c>, such as <c>roles/qa-engineer.md</c>) is never deleted as stale: a document that failed to load
    /// this time keeps its last good facts instead of vanishing from the shared graph.
    /// <paramref name="report"/>, when given, is written in the same transaction as the scope's ingest report, the
    /// node whose version API replicas poll; it keeps its stored version when neither the graph nor what it says changed.
    /// </summary>
    /// <exception cref="ArgumentException">A label, type or property value outside what the store accepts (nothing is sent).</exception>
    /// <exception cref="Neo4jException">Neo4j refused or could not be reached; the transaction was rolled back.</exception>
    public Task<GraphWriteSummary> WriteAsync(
        PropertyGraph graph,
        string scope,
        IReadOnlyCollection<string>? keptDocuments = null,
        GraphReport? report = null,
        IProgress<GraphWriteProgress>? progress = null,
        CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(graph);
        ArgumentException.ThrowIfNullOrWhiteSpace(scope);
        GraphWriteRows.Validate(graph);
        return client.ExecuteInTransactionAsync(
            (transaction, token) => new Attempt(this, transaction, graph, scope, [.. keptDocuments ?? []], report, progress).RunAsync(token), cancellationToken);
    }

    private int BatchCount(int items) => (items + _batchSize - 1) / _batchSize;

    private IEnumerable<List<T>> Batches<T>(IEnumerable<T> items) => items.Chunk(_batchSize).Select(chunk => chunk.ToList());
}
