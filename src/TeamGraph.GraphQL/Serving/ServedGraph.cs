using TeamGraph.Core.Ingestion;
using TeamGraph.Core.Store;

namespace TeamGraph.GraphQL.Serving;

/// <summary>
/// What is served, as one immutable value a request pins from start to end: the reader that answers every query,
/// the report of the ingest it serves (its version is what the request checks the store still holds), and, only when
/// the API ingests a docs folder itself, that folder's ingest (which a reload hands back to the ingester so a document
/// that breaks keeps its last good version). With a shared store (Neo4j) <see cref="Folder"/> is null: every answer
/// comes from the store. For a folder the API ingests, <see cref="Report"/> has no findings: the graph is served while
/// <see cref="Audit"/> finds them, and the reader's report waits for it.
/// </summary>
public sealed record ServedGraph(ITeamGraphReader Reader, GraphReport Report, IngestedFolder? Folder)
{
    /// <summary>The audit of the ingested folder, running or done; <see langword="null"/> with a shared store.</summary>
    public DeferredAudit? Audit { get; init; }

    /// <summary>Nothing served yet.</summary>
    public static ServedGraph Empty { get; } = new(new EmbeddedGraphStore(null, GraphReport.None), GraphReport.None, null);

    /// <summary>
    /// Indexes <paramref name="ingest"/> of <paramref name="folder"/> in an embedded store and starts its audit, which
    /// has <paramref name="auditDeadline"/> to finish (by default <see cref="ReloadOptions.Default"/>'s timeout) and
    /// stops when <paramref name="abandoned"/> is cancelled (a reload that gave up on this graph).
    /// </summary>
    public static ServedGraph Embedded(
        IngestionResult ingest, string folder, DateTimeOffset loadedAt, TimeSpan? auditDeadline = null, CancellationToken abandoned = default)
    {
        ArgumentNullException.ThrowIfNull(ingest);
        var report = GraphReport.Unaudited(ingest, folder, loadedAt);
        var audit = DeferredAudit.Start(ingest, report, auditDeadline ?? ReloadOptions.Default.Timeout, abandoned);
        // The parsed cards go once the audit is done with them: a reload needs only the documents' bytes.
        return new ServedGraph(new EmbeddedGraphStore(ingest.Graph, report, audit), report, new IngestedFolder(folder, ingest.LastGood)) { Audit = audit };
    }
}

/// <summary>A docs folder as the API ingested it.</summary>
/// <param name="Path">The folder.</param>
/// <param name="Documents">Its documents as they loaded: the last good version of each for the next reload.</param>
public sealed record IngestedFolder(string Path, LastGoodDocuments Documents);
