using System.Security.Cryptography;
using System.Text;
using TeamGraph.Core.Export;
using TeamGraph.Core.Graph;
using TeamGraph.Core.Store;
using TeamGraph.Neo4j.Report;
using TeamGraph.Neo4j.Schema;

namespace TeamGraph.Neo4j.Export;

/// <summary>
/// Writes a <c>cypher-shell</c> script that recreates the graph with parameter-free, idempotent statements, one per
/// line: the uniqueness constraint on <c>id</c> of every label (<see cref="Neo4jSchema"/>'s, which the <c>MERGE</c>s
/// rely on), then <c>MERGE (n:Label {id: ...}) SET n += {...};</c> per node, then
/// <c>MATCH (a:Label {id: ...}) MATCH (b:Label {id: ...}) MERGE (a)-[r:TYPE {id: ...}]->(b) SET r += {...};</c> per
/// relationship; and, when made with an ingest report, that report as <c>teamgraph ingest</c> stores it (its constraint,
/// then one <c>MERGE</c> of the scope's <c>IngestReport</c> node), so an API with the Neo4j store serves the loaded script
/// whole, its audit and counts included.
/// </summary>
/// <remarks>
/// Labels and types are written as the store writes them (<see cref="Neo4jVocabulary"/>: only the fixed vocabulary,
/// backtick-quoted); property keys must be plain identifiers; values are literals written by <see cref="CypherLiteral"/>.
/// Running the script twice leaves the same graph. The two ends are matched in separate clauses: one
/// <c>MATCH (a), (b)</c> is a cartesian product to Neo4j, which its semantic analysis reports as a warning.
/// </remarks>
public sealed class CypherScriptGraphExporter(GraphReport? report = null, string? scope = null) : IGraphExporter
{
    /// <inheritdoc />
    public void Export(PropertyGraph graph, TextWriter writer)
    {
        ArgumentNullException.ThrowIfNull(writer);
        GraphExportValidator.Validate(graph);
        using var content = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);

        foreach (var constraint in Neo4jSchema.IdConstraints)
        {
            WriteLine(writer, constraint, content);
        }

        foreach (var node in graph.Nodes)
        {
            WriteLine(writer, NodeStatement(node), content);
        }

        foreach (var relationship in graph.Relationships)
        {
            WriteLine(writer, RelationshipStatement(relationship, graph), content);
        }

        if (report is not null)
        {
            WriteLine(writer, IngestReportStatements.ScopeConstraint, content);
            WriteLine(writer, ReportStatement(report, scope ?? report.Source, content), content);
        }
    }

    /// <summary>
    /// The report's node, with a version that is the hash of the script's graph and of what the report says, so the same
    /// documents export the same bytes and a changed graph a new version; its time is when the script is run.
    /// </summary>
    private static string ReportStatement(GraphReport report, string scope, IncrementalHash content)
    {
        var properties = IngestReportNode.Properties(report, scope);
        content.AppendData(Encoding.UTF8.GetBytes((string)properties[IngestReportNode.FingerprintKey]!));
        properties[IngestReportNode.VersionKey] = Convert.ToHexStringLower(content.GetCurrentHash())[..32];
        properties.Remove(IngestReportNode.IngestedAtKey);
        var props = properties.Select(p => KeyValuePair.Create(p.Key, p.Value!));
        return $"MERGE (r:{IngestReportNode.Label} {{{IngestReportNode.ScopeKey}: {CypherLiteral.Quote(scope)}}}) "
            + $"SET r = {CypherLiteral.Map(props)}, r.{IngestReportNode.IngestedAtKey} = toString(datetime())";
    }

    private static string NodeStatement(GraphNode node) =>
        $"MERGE (n:{NodePattern(node)}){SetClause("n", node.Properties)}";

    private static string RelationshipStatement(GraphRelationship relationship, PropertyGraph graph)
    {
        var start = graph.FindNode(relationship.StartId)!;
        var end = graph.FindNode(relationship.EndId)!;
        return $"MATCH (a:{NodePattern(start)}) MATCH (b:{NodePattern(end)}) "
            + $"MERGE (a)-[r:{Neo4jVocabulary.Type(relationship.Type)} {{id: {CypherLiteral.Quote(relationship.Id)}}}]->(b)"
            + SetClause("r", relationship.Properties);
    }

    private static string NodePattern(GraphNode node) =>
        $"{Neo4jVocabulary.Label(node.Label)} {{id: {CypherLiteral.Quote(node.Id)}}}";

    // The MERGE pattern already sets id, and the validator has made sure any id property agrees with it.
    private static string SetClause(string variable, IReadOnlyDictionary<string, object> properties)
    {
        var rest = properties.Where(p => p.Key != GraphExportValidator.IdKey).ToList();
        return rest.Count == 0 ? string.Empty : $" SET {variable} += {CypherLiteral.Map(rest)}";
    }

    // cypher-shell ends a statement at a semicolon; one statement per line keeps the script diffable.
    private static void WriteLine(TextWriter writer, string statement, IncrementalHash content)
    {
        writer.Write(statement);
        writer.Write(";\n");
        content.AppendData(Encoding.UTF8.GetBytes(statement));
    }
}
