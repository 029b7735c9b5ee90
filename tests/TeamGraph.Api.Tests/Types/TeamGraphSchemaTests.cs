using GraphQL;
using GraphQL.Types;
using Microsoft.Extensions.DependencyInjection;

namespace TeamGraph.Api.Tests.Types;

public sealed class TeamGraphSchemaTests(SeedApiFactory factory) : IClassFixture<SeedApiFactory>
{
    private static string Committed => File.ReadAllText(Path.Combine(TestPaths.RepoRoot, "schema.graphql")).ReplaceLineEndings("\n");

    [Fact]
    public void Print_Schema_EqualsTheCommittedSchemaGraphql()
    {
        var schema = factory.Services.GetRequiredService<ISchema>();

        // When this fails, the contract changed: review the difference, then copy GET /graphql/schema.graphql to schema.graphql.
        Assert.Equal(Committed, schema.Print().ReplaceLineEndings("\n"));
    }

    [Fact]
    public async Task GetSchemaGraphql_ServesThePrintedSchema()
    {
        var served = await factory.CreateClient().GetStringAsync("/graphql/schema.graphql", TestContext.Current.CancellationToken);

        Assert.Equal(Committed, served.ReplaceLineEndings("\n"));
    }
}
