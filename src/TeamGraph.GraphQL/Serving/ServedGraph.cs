using TeamGraph.Core.Ingestion;
using TeamGraph.Core.Store;

namespace TeamGraph.GraphQL.Serving;

/// <summary>
/// What is served, as one immutable value a request pins from start to end: the reader that answers every query,
/// the report of the ingest it serves (its version is what the request checks the store still holds), and, only when
/// the API ingests a docs folder itself, that folder's ingest (which a reload hands back to the ingester so a document
/// that breaks keeps its last good version). With a shared store (Neo4j) <see cref="Folder"/> is null: every answer
/// comes from the store.
/// </summary>
public sealed record ServedGraph(ITeamGraphReader Reader, GraphReport Report, IngestedFolder? Folder)
{
    /// <summary>Nothing served yet.</summary>
    public static ServedGraph Empty { get; } = new(new EmbeddedGraphStore(null, GraphReport.None), GraphReport.None, null);

    /// <summary>Audits <paramref name="ingest"/> of <paramref name="folder"/> and indexes both in an embedded store.</summary>
    public static ServedGraph Embedded(IngestionResult ingest, string folder, DateTimeOffset loadedAt)
    {
        var report = GraphReport.Of(ingest, folder, loadedAt);
        return new ServedGraph(new EmbeddedGraphStore(ingest.Graph, report), report, new IngestedFolder(folder, ingest));
    }
}

/// <summary>A docs folder as the API ingested it.</summary>
/// <param name="Path">The folder.</param>
/// <param name="Ingest">What its ingest produced: the documents, cards and diagnostics behind the served graph.</param>
public sealed record IngestedFolder(string Path, IngestionResult Ingest);
