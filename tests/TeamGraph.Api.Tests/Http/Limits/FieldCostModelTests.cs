using GraphQL.Validation.Complexity;
using GraphQL.Validation.Rules.Custom;
using TeamGraph.Api.Http.Limits;

namespace TeamGraph.Api.Tests.Http.Limits;

public sealed class FieldCostModelTests(SeedApiFactory factory) : IClassFixture<SeedApiFactory>
{
    /// <summary>
    /// The costs declared on the fields reach GraphQL.NET's own analyzer too (through <c>WithComplexityImpact</c>), and the
    /// API's rule, which reads them from the fields, charges what that analyzer charges (introspection aside: the API
    /// charges it a share).
    /// </summary>
    [Theory]
    [InlineData("""{ handoffChains(from: "BE", to: "QA", maxHops: 4, first: 3) { length hops { what from { name } } } }""")]
    [InlineData("""{ handoffChains(from: "BE", to: "QA", maxHops: 99) { length } }""")]
    [InlineData("""{ reachable(from: "BE", maxHops: 2) { hops actor { name } } }""")]
    [InlineData("""{ search(text: "release", first: 5) { text } }""")]
    [InlineData("""{ diagram(scope: { team: true }) { text } audit { rule message } }""")]
    [InlineData("""{ roles(first: 7) { edges { node { code skills { name } } } } stats { roles } }""")]
    public async Task DeclaredCosts_GraphQLNetsAnalyzerAndTheApisRule_ChargeTheSame(string query)
    {
        var ours = await factory.ValidateAsync(query, new QueryComplexityValidationRule(15, 1));
        var theirs = await factory.ValidateAsync(query, new ComplexityValidationRule(new ComplexityOptions { MaxDepth = 15, MaxComplexity = 1 }));

        Assert.Contains("Complexity is ", ours.OnlyError().Message, StringComparison.Ordinal);
        Assert.Equal(theirs.OnlyError().Message, ours.OnlyError().Message);
    }

    [Fact]
    public async Task DeclaredCost_HandoffChains_ChargesPerHopAndMultipliesByPaths()
    {
        // 20 per allowed hop (4), and the 3 paths' children (length): 80 + 3.
        var result = await factory.ValidateAsync("""{ handoffChains(from: "BE", to: "QA", maxHops: 4, first: 3) { length } }""",
            new QueryComplexityValidationRule(15, 1));

        Assert.Contains("Complexity is 83;", result.OnlyError().Message, StringComparison.Ordinal);
    }
}
