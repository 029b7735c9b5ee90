using System.Diagnostics;
using System.Globalization;
using System.Text;
using TeamGraph.Api.Http.Limits;

namespace TeamGraph.Api.Tests.Http.Limits;

public sealed class IntrospectionNestingValidationRuleTests(SeedApiFactory factory) : IClassFixture<SeedApiFactory>
{
    [Fact]
    public async Task FragmentDoubling_InsideIntrospection_IsWalkedOncePerFragment()
    {
        // Each fragment spreads the next twice: walking every spread would take 2^40 steps.
        var query = new StringBuilder("{ __schema { types { ...T0 } } }");
        for (var i = 0; i < 40; i++)
        {
            query.Append(CultureInfo.InvariantCulture, $" fragment T{i} on __Type {{ ...T{i + 1} ...T{i + 1} }}");
        }

        query.Append(" fragment T40 on __Type { name }");

        var watch = Stopwatch.StartNew();
        var result = await factory.ValidateAsync(query.ToString(), IntrospectionNestingValidationRule.Instance);

        Assert.True(watch.Elapsed < TimeSpan.FromSeconds(5), $"took {watch.Elapsed}");
        Assert.True(result.IsValid);
    }

    [Fact]
    public async Task Nesting_ThroughFragments_IsStillRefused()
    {
        const string query = """
            { __schema { types { ...A } } }
            fragment A on __Type { possibleTypes { ...B } }
            fragment B on __Type { fields { type { ...C } } }
            fragment C on __Type { interfaces { inputFields { name } } }
            """;

        var result = await factory.ValidateAsync(query, IntrospectionNestingValidationRule.Instance);

        Assert.Equal("COMPLEXITY", result.OnlyError().Code);
    }
}
