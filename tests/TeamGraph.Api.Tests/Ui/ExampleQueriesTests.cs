using System.Net.Http.Json;
using TeamGraph.Api.Ui;

namespace TeamGraph.Api.Tests.Ui;

public sealed class ExampleQueriesTests(SeedApiFactory factory) : IClassFixture<SeedApiFactory>
{
    [Fact]
    public void All_HoldsEveryFileOfDocsExamples()
    {
        var files = Directory.GetFiles(Path.Combine(TestPaths.RepoRoot, "docs", "examples"), "*.graphql")
            .Select(Path.GetFileNameWithoutExtension)
            .Order(StringComparer.Ordinal);

        Assert.Equal(files, ExampleQueries.All.Select(e => e.Name));
    }

    [Theory]
    [InlineData("role(id: \"devops\")")]
    [InlineData("handoffChains(from: \"BE\", to: \"QA\"")]
    [InlineData("diagram(scope:")]
    [InlineData("reachable(from: \"DO\"")]
    [InlineData("search(")]
    [InlineData("audit {")]
    [InlineData("stats {")]
    [InlineData("collaborationMaps {")]
    public void All_HasTheDocumentedExample(string call) =>
        Assert.Contains(ExampleQueries.All, e => e.Query.Contains(call, StringComparison.Ordinal));

    [Fact]
    public async Task EveryExample_RunsOnTheSeedWithoutErrors()
    {
        var client = factory.CreateClient();
        foreach (var example in ExampleQueries.All)
        {
            var data = await client.QueryAsync(example.Query);
            Assert.True(data.EnumerateObject().Any(), example.Name);
        }
    }

    [Fact]
    public async Task ExamplesJson_ServesNamesAndQueries()
    {
        var served = await factory.CreateClient().GetFromJsonAsync<List<ExampleQueries.Example>>("/ui/examples.json", TestContext.Current.CancellationToken);

        Assert.Equal(ExampleQueries.All, served);
    }
}
