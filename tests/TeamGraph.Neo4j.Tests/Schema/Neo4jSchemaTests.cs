using TeamGraph.Core.Graph;
using TeamGraph.Neo4j.Client;
using TeamGraph.Neo4j.Schema;
using TeamGraph.Testing.Fakes;

namespace TeamGraph.Neo4j.Tests.Schema;

public sealed class Neo4jSchemaTests
{
    [Fact]
    public void Statements_AreAUniquenessConstraintAndAScopeIndexPerLabel_AndOneReportPerScope()
    {
        Assert.Equal((2 * NodeLabels.All.Count) + 1, Neo4jSchema.Statements.Count);
        Assert.Equal("CREATE CONSTRAINT ingest_report_scope IF NOT EXISTS FOR (r:`IngestReport`) REQUIRE r.scope IS UNIQUE", Neo4jSchema.Statements[^1]);
        Assert.Contains("CREATE CONSTRAINT quality_standard_id IF NOT EXISTS FOR (n:`QualityStandard`) REQUIRE n.id IS UNIQUE", Neo4jSchema.Statements);
        Assert.Contains("CREATE INDEX role_ingest_scope IF NOT EXISTS FOR (n:`Role`) ON (n.ingestScope)", Neo4jSchema.Statements);
        Assert.Equal(Neo4jSchema.IdConstraints, Neo4jSchema.Statements.SkipLast(1).Where(s => s.StartsWith("CREATE CONSTRAINT", StringComparison.Ordinal)));
    }

    [Fact]
    public async Task Apply_RunsEachStatementInItsOwnImplicitTransaction()
    {
        await using var server = new FakeNeo4jServer();
        using var http = new HttpClient();

        await Neo4jSchema.ApplyAsync(new Neo4jQueryClient(http, new Neo4jOptions { Uri = server.Uri }), TestContext.Current.CancellationToken);

        Assert.Equal(Neo4jSchema.Statements, server.Statements);
        Assert.All(server.Requests, r => Assert.Equal("/db/neo4j/query/v2", r.Path));
        Assert.All(server.Requests, r => Assert.Null(r.Authorization));
    }
}
