using TeamGraph.Core.Audit;
using TeamGraph.Core.Ingestion;
using TeamGraph.Core.Store;

namespace TeamGraph.GraphQL.Serving;

/// <summary>
/// One ingest of <paramref name="Folder"/> as it is served: the reader that answers from it, the ingest (documents,
/// diagnostics) and its audit. Immutable; a request reads one of these from start to end, so a reload never shows it
/// half of the old graph and half of the new one.
/// </summary>
public sealed record ServedGraph(
    ITeamGraphReader Reader,
    IngestionResult Ingest,
    IReadOnlyList<AuditFinding> Findings,
    string Folder,
    DateTimeOffset LoadedAt)
{
    /// <summary>Nothing served yet.</summary>
    public static ServedGraph Empty { get; } =
        new(new EmbeddedGraphStore(), new IngestionResult(Core.Graph.PropertyGraph.Empty, [], [], 0), [], "", DateTimeOffset.MinValue);

    /// <summary>Indexes <paramref name="ingest"/> in an embedded store and audits it.</summary>
    public static ServedGraph Embedded(IngestionResult ingest, string folder, DateTimeOffset loadedAt) =>
        Audited(new EmbeddedGraphStore(ingest.Graph), ingest, folder, loadedAt);

    /// <summary>
    /// Serves <paramref name="reader"/> (the embedded store of the ingest, or another store such as Neo4j) with the
    /// audit of <paramref name="ingest"/>.
    /// </summary>
    public static ServedGraph Audited(ITeamGraphReader reader, IngestionResult ingest, string folder, DateTimeOffset loadedAt) =>
        new(reader, ingest, TeamAuditor.Audit(ingest), folder, loadedAt);
}
