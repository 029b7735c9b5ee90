namespace TeamGraph.Neo4j.Writer;

/// <summary>What one write changed in Neo4j. "Updated" means at least one property differs from what was stored.</summary>
public sealed record GraphWriteSummary(
    long NodesCreated,
    long NodesUpdated,
    long NodesDeleted,
    long RelationshipsCreated,
    long RelationshipsUpdated,
    long RelationshipsDeleted)
{
    /// <summary>
    /// The version of the ingest report written with the graph; null when none was given, or when neither the graph nor
    /// what the report says changed (the stored version stays, so replicas have nothing to reload).
    /// </summary>
    public string? ReportVersion { get; init; }

    /// <summary>False when the graph in Neo4j already was exactly the written one, and so was its report.</summary>
    public bool HasChanges => GraphChanged || ReportVersion is not null;

    /// <summary>Whether any node or relationship was created, updated or deleted.</summary>
    public bool GraphChanged => NodesCreated + NodesUpdated + NodesDeleted + RelationshipsCreated + RelationshipsUpdated + RelationshipsDeleted > 0;

    /// <summary><c>nodes: 3 created, 1 updated, 0 deleted; relationships: ...; report version ...</c>, or <c>no changes</c>.</summary>
    public override string ToString() => HasChanges
        ? $"nodes: {NodesCreated} created, {NodesUpdated} updated, {NodesDeleted} deleted; "
            + $"relationships: {RelationshipsCreated} created, {RelationshipsUpdated} updated, {RelationshipsDeleted} deleted"
            + (ReportVersion is null ? "" : $"; report version {ReportVersion}")
        : "no changes";
}
