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
            var name = Neo4jVocabulary.SnakeCase(label);
            statements.Add($"CREATE CONSTRAINT {name}_id IF NOT EXISTS FOR (n:{Neo4jVocabulary.Label(label)}) REQUIRE n.id IS UNIQUE");
            statements.Add($"CREATE INDEX {name}_ingest_scope IF NOT EXISTS FOR (n:{Neo4jVocabulary.Label(label)}) ON (n.{GraphWriteRows.ScopeKey})");
        }

        var labels = string.Join('|', FullTextLabels.Select(Neo4jVocabulary.Label));
        var properties = string.Join(", ", FullTextProperties.Select(p => $"n.{p}"));
        statements.Add($"CREATE FULLTEXT INDEX {FullTextIndexName} IF NOT EXISTS FOR (n:{labels}) ON EACH [{properties}]");
        return statements;
    }
}
