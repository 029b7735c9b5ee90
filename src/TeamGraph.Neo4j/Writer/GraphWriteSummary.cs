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
    /// <summary>False when the graph in Neo4j already was exactly the written one.</summary>
    public bool HasChanges => NodesCreated + NodesUpdated + NodesDeleted + RelationshipsCreated + RelationshipsUpdated + RelationshipsDeleted > 0;

    /// <summary><c>nodes: 3 created, 1 updated, 0 deleted; relationships: ...</c>, or <c>no changes</c>.</summary>
    public override string ToString() => HasChanges
        ? $"nodes: {NodesCreated} created, {NodesUpdated} updated, {NodesDeleted} deleted; "
            + $"relationships: {RelationshipsCreated} created, {RelationshipsUpdated} updated, {RelationshipsDeleted} deleted"
        : "no changes";
}
