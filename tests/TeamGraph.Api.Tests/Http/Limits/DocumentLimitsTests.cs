using System.Diagnostics;
using System.Net;

namespace TeamGraph.Api.Tests.Http.Limits;

/// <summary>The caps that bound validation, with the inputs that showed they were missing (issue #10).</summary>
public sealed class DocumentLimitsTests(SeedApiFactory factory) : IClassFixture<SeedApiFactory>
{
    /// <summary>Far below what the unbounded rules took, far above what the capped ones take on a loaded 2-core machine.</summary>
    private static readonly TimeSpan Quick = TimeSpan.FromSeconds(5);

    [Theory]
    [InlineData(24, "TOO_MANY_FIELDS")]
    [InlineData(40, "TOO_MANY_FIELDS")]
    [InlineData(2000, "COMPLEXITY")]
    public async Task FragmentDoubling_IsRefusedQuickly(int depth, string code)
    {
        var client = factory.CreateClient();
        await client.PostQueryAsync("{ __typename }");

        var watch = Stopwatch.StartNew();
        var (status, body) = await client.PostQueryAsync(BadQueries.FragmentDoubling(depth));

        Assert.True(watch.Elapsed < Quick, $"took {watch.Elapsed}");
        Assert.Equal(HttpStatusCode.BadRequest, status);
        Assert.Equal(code, body.OnlyErrorCode());
    }

    [Fact]
    public async Task ConflictingFields_30kB_IsRefusedQuicklyBeforeTheyAreCompared()
    {
        await using var api = factory.With(("TeamGraph:Limits:MaxSelectedFields", "100000"));
        var client = api.CreateClient();
        await client.PostQueryAsync("{ __typename }");

        var watch = Stopwatch.StartNew();
        var (status, body) = await client.PostQueryAsync(BadQueries.ConflictingFields(30_000));

        Assert.True(watch.Elapsed < Quick, $"took {watch.Elapsed}");
        Assert.Equal(HttpStatusCode.BadRequest, status);
        Assert.Equal("TOO_MANY_FIELD_COMPARISONS", body.OnlyErrorCode());
    }

    [Fact]
    public async Task IdenticalFields_6000_AreRefusedWithTooManyFields()
    {
        var (status, body) = await factory.CreateClient().PostQueryAsync(BadQueries.IdenticalFields(6000));

        Assert.Equal(HttpStatusCode.BadRequest, status);
        Assert.Equal("TOO_MANY_FIELDS", body.OnlyErrorCode());
    }

    [Fact]
    public async Task FieldComparisons_CountPairsUnderOneResponsePath()
    {
        await using var api = factory.With(("TeamGraph:Limits:MaxFieldComparisons", "6"));
        var client = api.CreateClient();

        // Three 'stats' (3 pairs), and under them three 'roles' (3 pairs): 6.
        var (six, _) = await client.PostQueryAsync("{ stats { roles } stats { roles } stats { roles } }");
        var (seven, body) = await client.PostQueryAsync("{ stats { roles } stats { roles } stats { roles } __typename __typename }");

        Assert.Equal(HttpStatusCode.OK, six);
        Assert.Equal(HttpStatusCode.BadRequest, seven);
        Assert.Equal("TOO_MANY_FIELD_COMPARISONS", body.OnlyErrorCode());
    }

    [Fact]
    public async Task SelectedFields_CountFragmentsEveryTimeTheyAreSpread()
    {
        await using var api = factory.With(("TeamGraph:Limits:MaxSelectedFields", "8"), ("TeamGraph:Limits:MaxFieldComparisons", "100"));
        var client = api.CreateClient();

        // The fragment's own 2 fields, and 2 more per spread: 6 with two spreads, 10 with four.
        var (six, _) = await client.PostQueryAsync("{ ...S ...S } fragment S on Query { stats { roles } }");
        var (ten, body) = await client.PostQueryAsync("{ ...S ...S ...S ...S } fragment S on Query { stats { roles } }");

        Assert.Equal(HttpStatusCode.OK, six);
        Assert.Equal(HttpStatusCode.BadRequest, ten);
        Assert.Equal("TOO_MANY_FIELDS", body.OnlyErrorCode());
    }

    [Fact]
    public async Task UnusedFragment_IsCappedToo()
    {
        // GraphQL.NET compares the fields of every fragment, used or not, before NoUnusedFragments can refuse it.
        var (status, body) = await factory.CreateClient().PostQueryAsync("{ __typename } fragment U on Query { " + BadQueries.IdenticalFields(3000)[1..^1] + " }");

        Assert.Equal(HttpStatusCode.BadRequest, status);
        Assert.Equal("TOO_MANY_FIELDS", body.OnlyErrorCode());
    }

    [Fact]
    public async Task Defaults_AdmitTheStandardIntrospectionQuery()
    {
        var query = await File.ReadAllTextAsync(TestPaths.Data("limits", "introspection-query.graphql"), TestContext.Current.CancellationToken);
        // It selects 453 fields counted this way (every fragment definition, and each spread in full), and no field twice.
        await using var api = factory.With(("TeamGraph:Limits:MaxSelectedFields", "453"), ("TeamGraph:Limits:MaxFieldComparisons", "0"));

        var (status, body) = await api.CreateClient().PostQueryAsync(query);

        Assert.Equal(HttpStatusCode.OK, status);
        Assert.Equal("Query", body.Text("data.__schema.queryType.name"));
    }

    [Fact]
    public async Task Nesting_PastTheParsersDepth_Is400NestedTooDeepNotAnEmpty500()
    {
        var (status, body) = await factory.CreateClient().PostQueryAsync(BadQueries.Nested(200));

        Assert.Equal(HttpStatusCode.BadRequest, status);
        Assert.Equal("NESTED_TOO_DEEP", body.OnlyErrorCode());
    }

    [Theory]
    [InlineData(3000)]
    [InlineData(20000)]
    public async Task FragmentChain_ThousandsDeep_Is400NotAStackOverflow(int length)
    {
        // GraphQL.NET's NoUnusedFragments walks fragments recursively: 3 000 (under 100 kB) ended the process.
        await using var api = factory.With(("TeamGraph:Limits:MaxRequestBodyBytes", "1000000"));
        var chain = string.Concat(Enumerable.Range(0, length).Select(i => $" fragment C{i} on Query {{ ...C{i + 1} }}"));

        var (status, body) = await api.CreateClient().PostQueryAsync("{ ...C0 }" + chain + $" fragment C{length} on Query {{ __typename }}");

        Assert.Equal(HttpStatusCode.BadRequest, status);
        Assert.Equal("COMPLEXITY", body.OnlyErrorCode());
    }

    [Fact]
    public async Task FragmentChain_WithinTheNestingLimit_IsAnswered()
    {
        var chain = string.Concat(Enumerable.Range(0, 90).Select(i => $" fragment C{i} on Query {{ ...C{i + 1} }}"));

        var (status, body) = await factory.CreateClient().PostQueryAsync("{ ...C0 }" + chain + " fragment C90 on Query { __typename }");

        Assert.Equal(HttpStatusCode.OK, status);
        Assert.Equal("Query", body.Text("data.__typename"));
    }
}
