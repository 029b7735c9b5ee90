using TeamGraph.Core.Graph;

namespace TeamGraph.Neo4j.Writer;

/// <summary>
/// The Cypher the writer sends, one line each. A label or type is the only name written into the text (checked
/// against the vocabulary); rows, ids and the scope are parameters.
/// </summary>
/// <remarks>
/// Each upsert reads the element before merging it, so Neo4j itself reports whether it was created or its properties
/// changed (Cypher compares <c>1</c> and <c>1.0</c> as equal, so a number only retyped counts as unchanged).
/// Relationships find their ends by the element ids the node upserts returned: within one transaction those are
/// stable, and a seek by element id needs no label per end, so there is one statement per type rather than one per
/// type and pair of labels.
/// </remarks>
internal static class GraphWriteStatements
{
    /// <summary>Merges <c>$rows</c> of one label; returns per row its id, element id, and whether it was created or changed.</summary>
    public static string UpsertNodes(string label)
    {
        var name = Neo4jVocabulary.Label(label);
        return $"UNWIND $rows AS row OPTIONAL MATCH (old:{name} {{id: row.id}}) "
            + "WITH row, old IS NULL AS created, old IS NOT NULL AND properties(old) <> row.props AS changed "
            + $"MERGE (n:{name} {{id: row.id}}) SET n = row.props "
            + "RETURN row.id AS id, elementId(n) AS elementId, created, changed";
    }

    /// <summary>Merges <c>$rows</c> of one type between the nodes whose element ids the rows carry; returns the counts.</summary>
    public static string UpsertRelationships(string type)
    {
        var name = Neo4jVocabulary.Type(type);
        return "UNWIND $rows AS row MATCH (a) WHERE elementId(a) = row.start MATCH (b) WHERE elementId(b) = row.end "
            + $"OPTIONAL MATCH (a)-[old:{name} {{id: row.id}}]->(b) "
            + "WITH a, b, row, old IS NULL AS created, old IS NOT NULL AND properties(old) <> row.props AS changed "
            + $"MERGE (a)-[r:{name} {{id: row.id}}]->(b) SET r = row.props "
            + "RETURN count(CASE WHEN created THEN 1 END) AS created, count(CASE WHEN changed THEN 1 END) AS updated";
    }

    /// <summary>
    /// Deletes the relationships of one type written under <c>$scope</c> whose id is not in <c>$ids</c>, except those
    /// written in one of <c>$keptDocuments</c> (documents that failed to load this time).
    /// </summary>
    public static string DeleteStaleRelationships(string type) =>
        $"MATCH ()-[r:{Neo4jVocabulary.Type(type)}]->() WHERE r.{GraphWriteRows.ScopeKey} = $scope AND NOT r.id IN $ids "
        + $"AND none(kept IN $keptDocuments WHERE coalesce(r.{GraphWriteRows.SourceKey}, '') STARTS WITH kept + ':') "
        + "DELETE r RETURN count(*) AS deleted";

    /// <summary>
    /// Deletes (with their relationships) the nodes of one label written under <c>$scope</c> whose id is not in
    /// <c>$ids</c>, except those written in one of <c>$keptDocuments</c> or holding a kept relationship.
    /// </summary>
    public static string DeleteStaleNodes(string label) =>
        $"MATCH (n:{Neo4jVocabulary.Label(label)}) WHERE n.{GraphWriteRows.ScopeKey} = $scope AND NOT n.id IN $ids "
        + $"AND none(kept IN $keptDocuments WHERE coalesce(n.{GraphWriteRows.SourceKey}, '') STARTS WITH kept + ':') "
        + $"AND NOT EXISTS {{ MATCH (n)-[k]-() WHERE any(kept IN $keptDocuments WHERE coalesce(k.{GraphWriteRows.SourceKey}, '') STARTS WITH kept + ':') }} "
        + "DETACH DELETE n RETURN count(*) AS deleted";

    /// <summary>Every statement the writer can send, for every label and type.</summary>
    public static IEnumerable<string> All() =>
        NodeLabels.All.Select(UpsertNodes)
            .Concat(RelationshipTypes.All.Select(UpsertRelationships))
            .Concat(RelationshipTypes.All.Select(DeleteStaleRelationships))
            .Concat(NodeLabels.All.Select(DeleteStaleNodes));
}
