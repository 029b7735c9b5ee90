using System.Diagnostics;
using TeamGraph.Api.Http.Limits;

namespace TeamGraph.Api.Tests.Http.Limits;

public sealed class QueryComplexityValidationRuleTests(SeedApiFactory factory) : IClassFixture<SeedApiFactory>
{
    [Fact]
    public async Task FragmentDoubling_Depth40_IsCostedOncePerFragmentAndRefusedQuickly()
    {
        // GraphQL.NET's analyzer walked all 2^40 spreads: never done, 2.2 GB.
        var watch = Stopwatch.StartNew();
        var result = await factory.ValidateAsync(BadQueries.FragmentDoubling(40), new QueryComplexityValidationRule(15, 50_000));

        Assert.True(watch.Elapsed < TimeSpan.FromSeconds(5), $"took {watch.Elapsed}");
        var (code, message) = result.OnlyError();
        Assert.Equal("COMPLEXITY", code);
        Assert.Contains($"Complexity is {Math.Pow(2, 40)};", message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Fragments_CostWhatTheirExpansionCosts()
    {
        const string inline = "{ roles(first: 7) { edges { node { code skills { name } } } } stats { roles } }";
        const string fragments = """
            { ...R stats { ...S } }
            fragment R on Query { roles(first: 7) { ...C } }
            fragment C on RoleConnection { edges { node { code ...K } } }
            fragment K on Role { skills { name } }
            fragment S on Stats { roles }
            """;

        var expected = (await factory.ValidateAsync(inline, new QueryComplexityValidationRule(15, 1))).OnlyError().Message;
        var actual = (await factory.ValidateAsync(fragments, new QueryComplexityValidationRule(15, 1))).OnlyError().Message;

        Assert.Contains("Complexity is ", expected, StringComparison.Ordinal);
        Assert.Equal(expected, actual);
    }

    [Fact]
    public async Task Depth_CountsFieldsThroughFragments()
    {
        const string query = "{ ...A } fragment A on Query { role(id: \"QA\") { ...B } } fragment B on Role { skills { name } }";

        var three = await factory.ValidateAsync(query, new QueryComplexityValidationRule(3, 50_000));
        var two = await factory.ValidateAsync(query, new QueryComplexityValidationRule(2, 50_000));

        Assert.True(three.IsValid);
        Assert.Contains("Maximum depth is 3 levels", two.OnlyError().Message, StringComparison.Ordinal);
    }
}
