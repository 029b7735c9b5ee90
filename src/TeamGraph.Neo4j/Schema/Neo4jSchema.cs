using TeamGraph.Core.Graph;
using TeamGraph.Neo4j.Client;
using TeamGraph.Neo4j.Writer;

namespace TeamGraph.Neo4j.Schema;

/// <summary>
/// The schema TeamGraph's statements rely on, as idempotent <c>IF NOT EXISTS</c> statements: a uniqueness constraint
/// on <c>id</c> for every label (Community edition supports no other constraint; the constraint also indexes <c>id</c>,
/// which every <c>MERGE</c> on a label and id relies on), a range index on the ingest scope for every label (stale-node
/// removal looks nodes up by it), and one ingest report per scope. Nothing else: an index no statement uses only slows
/// every write.
/// </summary>
public static class Neo4jSchema
{
    /// <summary>
    /// The uniqueness constraint on <c>id</c> of every label, in <see cref="NodeLabels.All"/> order: every <c>MERGE</c>
    /// on <c>{id: ...}</c>, the writer's and the Cypher script's, relies on it to find the node by index and never create
    /// it twice.
    /// </summary>
    internal static IReadOnlyList<string> IdConstraints { get; } = [.. NodeLabels.All.Select(IdConstraint)];

    /// <summary>Every schema statement, in the order they are applied.</summary>
    public static IReadOnlyList<string> Statements { get; } = BuildStatements();

    /// <summary>Applies <see cref="Statements"/>, each in its own implicit transaction (Neo4j does not mix schema and data writes).</summary>
    public static async Task ApplyAsync(Neo4jQueryClient client, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(client);
        foreach (var statement in Statements)
        {
            await client.RunAsync(new Neo4jQuery(statement), cancellationToken).ConfigureAwait(false);
        }
    }

    private static List<string> BuildStatements()
    {
        var statements = new List<string>();
        foreach (var label in NodeLabels.All)
        {
            statements.Add(IdConstraint(label));
            statements.Add($"CREATE INDEX {Neo4jVocabulary.SnakeCase(label)}_ingest_scope IF NOT EXISTS FOR (n:{Neo4jVocabulary.Label(label)}) ON (n.{GraphWriteRows.ScopeKey})");
        }

        statements.Add(Report.IngestReportStatements.ScopeConstraint);
        return statements;
    }

    /// <summary><c>CREATE CONSTRAINT quality_standard_id IF NOT EXISTS FOR (n:`QualityStandard`) REQUIRE n.id IS UNIQUE</c></summary>
    private static string IdConstraint(string label) =>
        $"CREATE CONSTRAINT {Neo4jVocabulary.SnakeCase(label)}_id IF NOT EXISTS FOR (n:{Neo4jVocabulary.Label(label)}) REQUIRE n.id IS UNIQUE";
}
