using GraphQL.Types;
using GraphQL.Validation.Complexity;
using GraphQL.Validation.Rules.Custom;
using Microsoft.Extensions.DependencyInjection;
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
    [InlineData("""{ handoffChains(from: "BE", to: "QA", maxHops: 4, first: 3) { items { length hops { what from { name } } } } }""")]
    [InlineData("""{ handoffChains(from: "BE", to: "QA", maxHops: 99) { items { length } } }""")]
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
        // 20 per allowed hop (4), the connection's items (1), and the 3 paths' children (length): 80 + 1 + 3.
        var result = await factory.ValidateAsync("""{ handoffChains(from: "BE", to: "QA", maxHops: 4, first: 3) { items { length } } }""",
            new QueryComplexityValidationRule(15, 1));

        Assert.Contains("Complexity is 84;", result.OnlyError().Message, StringComparison.Ordinal);
    }

    /// <summary>
    /// Introspection costs the schema's size once, however much of it a query selects: the standard introspection query
    /// and a one-field one cost the same, and that is what the schema's types, fields, arguments and values add up to.
    /// </summary>
    [Fact]
    public async Task Introspection_CostsTheSchemaSizeWhateverItSelects()
    {
        var schema = factory.Services.GetRequiredService<ISchema>();
        var size = FieldCostModel.SchemaSize(schema);
        var standard = await File.ReadAllTextAsync(TestPaths.Data("limits", "introspection-query.graphql"), TestContext.Current.CancellationToken);

        foreach (var query in new[] { standard, "{ __schema { queryType { name } } }", """{ __type(name: "Role") { fields { name } } }""" })
        {
            var result = await factory.ValidateAsync(query, new QueryComplexityValidationRule(15, 1));
            Assert.Contains(FormattableString.Invariant($"Complexity is {size};"), result.OnlyError().Message, StringComparison.Ordinal);
        }

        var fields = schema.AllTypes.OfType<IComplexGraphType>().Sum(t => t.Fields.Count);
        Assert.InRange(size, schema.AllTypes.Count + fields, 10 * (schema.AllTypes.Count + fields));
    }
}
