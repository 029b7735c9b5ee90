using System.Text.Json;
using TeamGraph.Core.Graph;
using TeamGraph.Neo4j.Reader;
using TeamGraph.Neo4j.Report;
using TeamGraph.Neo4j.Schema;
using TeamGraph.Neo4j.Writer;

namespace TeamGraph.Neo4j.Tests.Writer;

/// <summary>
/// Every statement TeamGraph.Neo4j can send (the schema, the writer's for every label and type, the reader's for every
/// subgraph, type and direction, the ingest report's) through Neo4j's own
/// parser and semantic analysis (cypher-lint.mjs), with the vocabulary as the schema and warnings as errors. Needs
/// <c>node</c> and <c>TEAMGRAPH_CHECKS_DIR</c> pointing at an installed copy of the tools (<c>npm ci</c> done); skipped otherwise.
/// </summary>
public sealed class Neo4jCypherLintTests : IDisposable
{
    private static readonly string[] IdOnly = ["id"];
    private static readonly string[] SomeIds = ["role:DO"];
    private static readonly string[] SomeDocuments = ["roles/qa-engineer.md"];
    private readonly string _workDir = Directory.CreateTempSubdirectory("teamgraph-neo4j-lint-").FullName;

    [Fact]
    public void EveryStatement_PassesNeo4jLintWithTheVocabularyAsSchema()
    {
        string[] statements = [.. Neo4jSchema.Statements, .. GraphWriteStatements.All(), .. GraphReadStatements.All(), .. IngestReportStatements.All()];
        Assert.All(statements, s => Assert.DoesNotContain('\n', s));
        var file = Write("statements.cypher", string.Join(";\n", statements) + ";\n");
        var schema = Write("schema.json", JsonSerializer.Serialize(new
        {
            labels = NodeLabels.All.Append(IngestReportNode.LabelName),
            relationshipTypes = RelationshipTypes.All,
            propertyKeys = new[]
            {
                GraphWriteRows.IdKey, GraphWriteRows.PropsKey, GraphWriteRows.StartKey, GraphWriteRows.EndKey, GraphWriteRows.ScopeKey, GraphWriteRows.SourceKey,
                IngestReportNode.ScopeKey, IngestReportNode.VersionKey, IngestReportNode.FingerprintKey,
            },

            // Declared, so with --params a statement using any other parameter fails.
            parameters = new Dictionary<string, object>
            {
                [GraphReadStatements.IdsParameter] = SomeIds,
                ["rows"] = new[] { new Dictionary<string, object>() },
                ["scope"] = "seed",
                ["keptDocuments"] = SomeDocuments,
                ["props"] = new Dictionary<string, object>(),
            },
        }));

        var (exitCode, output) = ReferenceChecks.LintCypher(file, "--schema", schema, "--params", "--warnings-as-errors");

        Assert.True(exitCode == 0, output);
        Assert.Contains($"{statements.Length} passed, 0 failed", output, StringComparison.Ordinal);
    }

    [Fact]
    public void Linter_UnknownLabel_FailsUnderTheSameSchema()
    {
        var file = Write("bad.cypher", "MATCH (n:`Person`) RETURN n.id;\n");
        var schema = Write("schema.json", JsonSerializer.Serialize(new { labels = NodeLabels.All, relationshipTypes = RelationshipTypes.All, propertyKeys = IdOnly }));

        var (exitCode, output) = ReferenceChecks.LintCypher(file, "--schema", schema, "--warnings-as-errors");

        Assert.True(exitCode == 1, output);
    }

    public void Dispose() => Directory.Delete(_workDir, recursive: true);

    private string Write(string name, string content)
    {
        var path = Path.Combine(_workDir, name);
        File.WriteAllText(path, content);
        return path;
    }
}
