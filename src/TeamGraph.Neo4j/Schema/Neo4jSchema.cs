using TeamGraph.Core.Graph;
using TeamGraph.Core.Graph.Schema;
using TeamGraph.Neo4j.Client;
using TeamGraph.Neo4j.Writer;

namespace TeamGraph.Neo4j.Schema;

/// <summary>
/// The schema TeamGraph needs, as idempotent <c>IF NOT EXISTS</c> statements: a uniqueness constraint on <c>id</c>
/// for every label (Community edition supports no other constraint; the constraint also indexes <c>id</c>), a range
/// index on the ingest scope for every label (stale-node removal looks nodes up by it), and one full-text index over
/// the texts people search.
/// </summary>
public static class Neo4jSchema
{
    /// <summary>The name of the full-text index, for <c>db.index.fulltext.queryNodes</c>.</summary>
    public const string FullTextIndexName = "teamgraph_search";

    /// <summary>The labels the full-text index covers; the same as the embedded store's search.</summary>
    public static IReadOnlyList<string> FullTextLabels { get; } =
    [
        NodeLabels.Responsibility, NodeLabels.Decision, NodeLabels.Artifact, NodeLabels.Skill, NodeLabels.Tool, NodeLabels.Handoff,
    ];

    /// <summary>The properties the full-text index covers (a node is indexed on those it has).</summary>
    public static IReadOnlyList<string> FullTextProperties { get; } =
        [ResponsibilityProperties.Text.Name, NamedNodeProperties.Name.Name, HandoffProperties.What.Name];

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

        var labels = string.Join('|', FullTextLabels.Select(Neo4jVocabulary.Label));
        var properties = string.Join(", ", FullTextProperties.Select(p => $"n.{p}"));
        statements.Add($"CREATE FULLTEXT INDEX {FullTextIndexName} IF NOT EXISTS FOR (n:{labels}) ON EACH [{properties}]");
        return statements;
    }

    /// <summary><c>CREATE CONSTRAINT quality_standard_id IF NOT EXISTS FOR (n:`QualityStandard`) REQUIRE n.id IS UNIQUE</c></summary>
    private static string IdConstraint(string label) =>
        $"CREATE CONSTRAINT {Neo4jVocabulary.SnakeCase(label)}_id IF NOT EXISTS FOR (n:{Neo4jVocabulary.Label(label)}) REQUIRE n.id IS UNIQUE";
}
