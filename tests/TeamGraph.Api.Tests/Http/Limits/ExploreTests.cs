namespace TeamGraph.Api.Tests.Http.Limits;

public sealed class ExploreTests(SeedApiFactory factory) : IClassFixture<SeedApiFactory>
{
    [Fact]
    public async Task Explore()
    {
        await using var api = factory.With(("TeamGraph:Limits:MaxComplexity", "1"));
        var client = api.CreateClient(); var log = new List<string>();
        var text = await File.ReadAllTextAsync(TestPaths.Data("limits", "introspection-query.graphql"), TestContext.Current.CancellationToken);
        foreach (var q in new[] { text,
            "{ __schema { types { possibleTypes { fields { type { name } } interfaces { possibleTypes { name } } } } } }",
            "{ __schema { types { possibleTypes { fields { type { name } } interfaces { possibleTypes { fields { name } } } } } } }",
            "{ roles(first: 50) { edges { node { code skills { name source { path line } } tools { name } responsibilities { text } } } } }",
            "{ role(id: \"QA\") { name skills { name } } }",
            "{ handoffChains(from: \"BE\", to: \"QA\") { hops { handoff { what } } } }",
            "{ search(text: \"deploy\") { text } }" })
        {
            var (status, body) = await client.PostQueryAsync(q);
            var s = body.ToString();
            log.Add($"{status} {s[..Math.Min(300, s.Length)]}");
        }
        Assert.Fail(string.Join("\n", log));
    }
}
