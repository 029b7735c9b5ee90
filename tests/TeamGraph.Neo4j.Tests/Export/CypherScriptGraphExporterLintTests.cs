using System.Text.Json;
using TeamGraph.Core.Export;
using TeamGraph.Core.Graph;
using TeamGraph.Core.Ingestion;
using TeamGraph.Core.Store;
using TeamGraph.Neo4j.Export;
using TeamGraph.Neo4j.Report;

namespace TeamGraph.Neo4j.Tests.Export;

/// <summary>
/// Holds the Cypher script against Neo4j's own parser and semantic analysis (/work/shared/tools/cypher-lint.mjs).
/// Needs <c>node</c> on the PATH and <c>TEAMGRAPH_CHECKS_DIR</c> pointing at an installed copy of the tools folder
/// (<c>npm ci</c> done); skipped otherwise.
/// </summary>
public sealed class CypherScriptGraphExporterLintTests : IDisposable
{
    private readonly string _workDir = Directory.CreateTempSubdirectory("teamgraph-cypher-lint-").FullName;

    [Fact]
    public void Export_NastyGraph_PassesNeo4jLintWithTheVocabularyAsSchema() => AssertPassesLint(ExportTestGraphs.Nasty());

    [Fact]
    public void Export_SeedGraph_PassesNeo4jLintWithTheVocabularyAsSchema()
    {
        var result = new FolderIngester().Ingest(Path.Combine(TestPaths.RepoRoot, "seed"), cancellationToken: TestContext.Current.CancellationToken);
        Assert.NotEmpty(result.Graph.Relationships);

        AssertPassesLint(result.Graph);
    }

    [Fact]
    public void Export_SeedWithItsIngestReport_PassesNeo4jLintWithTheVocabularyAsSchema()
    {
        var result = new FolderIngester().Ingest(Path.Combine(TestPaths.RepoRoot, "seed"), cancellationToken: TestContext.Current.CancellationToken);

        AssertPassesLint(result.Graph, GraphReport.Of(result, "seed", DateTimeOffset.UnixEpoch));
    }

    [Fact]
    public void Linter_UnescapedQuote_IsReported()
    {
        var script = WriteFile("broken.cypher", "MERGE (n:`Role` {id: 'it's'});\n");

        var (exitCode, output) = ReferenceChecks.LintCypher(script);

        Assert.True(exitCode == 1, output);
        Assert.Contains("0 passed, 1 failed", output, StringComparison.Ordinal);
    }

    public void Dispose() => Directory.Delete(_workDir, recursive: true);

    private void AssertPassesLint(PropertyGraph graph, GraphReport? report = null)
    {
        var script = WriteFile("graph.cypher", new CypherScriptGraphExporter(report).ExportToString(graph));
        var propertyKeys = graph.Nodes.SelectMany(n => n.Properties.Keys)
            .Concat(graph.Relationships.SelectMany(r => r.Properties.Keys))
            .Concat(report is null ? [] : IngestReportNode.Properties(report, "seed").Keys)
            .Append("id").Distinct().Order(StringComparer.Ordinal);
        var schema = WriteFile("schema.json", JsonSerializer.Serialize(new
        {
            labels = NodeLabels.All.Append(IngestReportNode.LabelName),
            relationshipTypes = RelationshipTypes.All,
            propertyKeys,
        }));

        var (exitCode, output) = ReferenceChecks.LintCypher(script, "--schema", schema, "--warnings-as-errors");

        var statements = NodeLabels.All.Count + graph.Nodes.Count + graph.Relationships.Count + (report is null ? 0 : 2);
        Assert.True(exitCode == 0, output);
        Assert.Contains($"{statements} passed, 0 failed", output, StringComparison.Ordinal);
    }

    private string WriteFile(string name, string content)
    {
        var path = Path.Combine(_workDir, name);
        File.WriteAllText(path, content);
        return path;
    }
}
