using System.Text;
using TeamGraph.Core.Graph;

namespace TeamGraph.Core.Export;

/// <summary>
/// Writes a <c>cypher-shell</c> script that recreates the graph with parameter-free, idempotent statements, one per
/// line: a uniqueness constraint on <c>id</c> for every label of <see cref="NodeLabels.All"/>, then
/// <c>MERGE (n:Label {id: ...}) SET n += {...};</c> per node, then
/// <c>MATCH (a:Label {id: ...}) MATCH (b:Label {id: ...}) MERGE (a)-[r:TYPE {id: ...}]->(b) SET r += {...};</c> per
/// relationship.
/// </summary>
/// <remarks>
/// Labels and types come only from the fixed vocabulary and are backtick-quoted anyway; property keys must be plain
/// identifiers; strings are escaped by <see cref="CypherLiteral"/>. Running the script twice leaves the same graph.
/// The two ends are matched in separate clauses: one <c>MATCH (a), (b)</c> is a cartesian product to Neo4j, which
/// its semantic analysis reports as a warning.
/// </remarks>
public sealed class CypherScriptGraphExporter : IGraphExporter
{
    /// <inheritdoc />
    public void Export(PropertyGraph graph, TextWriter writer)
    {
        ArgumentNullException.ThrowIfNull(writer);
        GraphExportValidator.Validate(graph);

        foreach (var label in NodeLabels.All)
        {
            WriteLine(writer, ConstraintStatement(label));
        }

        foreach (var node in graph.Nodes)
        {
            WriteLine(writer, NodeStatement(node));
        }

        foreach (var relationship in graph.Relationships)
        {
            WriteLine(writer, RelationshipStatement(relationship, graph));
        }
    }

    /// <summary><c>CREATE CONSTRAINT role_id IF NOT EXISTS FOR (n:`Role`) REQUIRE n.id IS UNIQUE;</c></summary>
    internal static string ConstraintStatement(string label)
    {
        GraphExportValidator.RequireNodeLabel(label);
        return $"CREATE CONSTRAINT {ConstraintName(label)} IF NOT EXISTS FOR (n:{CypherLiteral.QuoteName(label)}) REQUIRE n.id IS UNIQUE;";
    }

    internal static string NodeStatement(GraphNode node) =>
        $"MERGE (n:{NodePattern(node)}){SetClause("n", node.Properties)};";

    internal static string RelationshipStatement(GraphRelationship relationship, PropertyGraph graph)
    {
        GraphExportValidator.RequireRelationshipType(relationship.Type);
        var start = graph.FindNode(relationship.StartId)!;
        var end = graph.FindNode(relationship.EndId)!;
        return $"MATCH (a:{NodePattern(start)}) MATCH (b:{NodePattern(end)}) "
            + $"MERGE (a)-[r:{CypherLiteral.QuoteName(relationship.Type)} {{id: {CypherLiteral.Quote(relationship.Id)}}}]->(b)"
            + $"{SetClause("r", relationship.Properties)};";
    }

    /// <summary><c>QualityStandard</c> becomes <c>quality_standard_id</c>.</summary>
    private static string ConstraintName(string label)
    {
        var name = new StringBuilder();
        foreach (var c in label)
        {
            if (char.IsUpper(c) && name.Length > 0)
            {
                name.Append('_');
            }

            name.Append(char.ToLowerInvariant(c));
        }

        return name.Append("_id").ToString();
    }

    private static string NodePattern(GraphNode node)
    {
        GraphExportValidator.RequireNodeLabel(node.Label);
        return $"{CypherLiteral.QuoteName(node.Label)} {{id: {CypherLiteral.Quote(node.Id)}}}";
    }

    // The MERGE pattern already sets id, and the validator has made sure any id property agrees with it.
    private static string SetClause(string variable, IReadOnlyDictionary<string, object> properties)
    {
        var rest = properties.Where(p => p.Key != GraphExportValidator.IdKey).ToList();
        return rest.Count == 0 ? string.Empty : $" SET {variable} += {CypherLiteral.Map(rest)}";
    }

    private static void WriteLine(TextWriter writer, string statement)
    {
        writer.Write(statement);
        writer.Write('\n');
    }
}
