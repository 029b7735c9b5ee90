using System.Net;
using System.Net.Http.Json;
using GraphQL.DI;
using Microsoft.Extensions.DependencyInjection;
using TeamGraph.Api.Http;
using TeamGraph.Api.Http.Documents;
using TeamGraph.Api.Tests.Http.Limits;

namespace TeamGraph.Api.Tests.Http.Documents;

public sealed class ValidatedDocumentCacheTests(SeedApiFactory factory) : IClassFixture<SeedApiFactory>
{
    private const string RoleCard = "query Card($id: ID!) { role(id: $id) { code name skills { name kind } outputs { what to { name } } } }";
    private const string Included = "query Included($id: ID!, $deep: Boolean!) { role(id: $id) { name outputs @include(if: $deep) { to { name } } } }";

    /// <summary>
    /// Requests in an order that has each document first validated in full and then served from the cache with other
    /// variables: valid ones, wrong or missing variables, unknown roles, invalid documents, a parse error, several
    /// operations, directives on variables.
    /// </summary>
    private static readonly (string Query, object? Variables, string? OperationName)[] Requests =
    [
        (RoleCard, new { id = "DO" }, null),
        (RoleCard, new { id = "QA" }, null),
        (RoleCard, new { id = "NO-SUCH-ROLE" }, null),
        (RoleCard, null, null),
        (RoleCard, new { id = 12.5 }, null),
        (RoleCard, new { id = new[] { "DO" } }, null),
        (Included, new { id = "BE", deep = true }, null),
        (Included, new { id = "BE", deep = false }, null),
        (Included, new { id = "BE", deep = "yes" }, null),
        ("query A { stats { roles } } query B { role(id: \"PM\") { name } }", null, "B"),
        ("query A { stats { roles } } query B { role(id: \"PM\") { name } }", null, "A"),
        ("query A { stats { roles } } query B { role(id: \"PM\") { name } }", null, null),
        ("query A { stats { roles } } query B { role(id: \"PM\") { name } }", null, "C"),
        ("{ role(id: \"DO\") { noSuchField } }", null, null),
        ("{ role(id: \"DO\") { name", null, null),
        ("{ __typename stats { roles handoffs } }", null, null),
        ("query Q($first: Int!) { roles(first: $first) { edges { node { code } } } }", new { first = 2 }, null),
        ("query Q($first: Int!) { roles(first: $first) { edges { node { code } } } }", new { first = 0 }, null),
    ];

    [Fact]
    public async Task CachedDocuments_AnswerExactlyAsWhenFirstValidated()
    {
        await using var api = factory.With();
        var client = api.CreateClient();
        var first = new List<string>();
        foreach (var request in Requests)
        {
            first.Add(await PostAsync(client, request));
        }

        for (var pass = 0; pass < 2; pass++)
        {
            for (var i = 0; i < Requests.Length; i++)
            {
                Assert.Equal(first[i], await PostAsync(client, Requests[i]));
            }
        }

        Assert.Contains(first, answer => answer.StartsWith("200 {\"data\":{\"role\":{\"code\":\"DO\"", StringComparison.Ordinal));
        Assert.Contains(first, answer => answer.StartsWith("400 ", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("{ stats { roles } }\rfragment", "(2:9)")]
    [InlineData("{ stats { roles } } \ragment F on Query { stats { roles } }", "(2:1)")]
    [InlineData("{ stats {\r\r roles } \r\n x", "(4:3)")]
    public async Task SyntaxError_AfterALoneCarriageReturn_IsA400SayingWhere(string query, string where)
    {
        await using var api = factory.With();
        var client = api.CreateClient();

        var (status, body) = await client.PostQueryAsync(query);

        Assert.Equal(HttpStatusCode.BadRequest, status);
        var message = body.GetProperty("errors")[0].GetProperty("message").GetString();
        Assert.StartsWith("The query does not parse: Syntax Error GraphQL " + where, message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task LoneCarriageReturns_EndLinesAsLineFeedsDo()
    {
        await using var api = factory.With();
        var client = api.CreateClient();

        var (status, body) = await client.PostQueryAsync("\r{\r stats {\r roles }\r}\r");

        Assert.Equal(HttpStatusCode.OK, status);
        Assert.True(body.GetProperty("data").GetProperty("stats").GetProperty("roles").GetInt32() > 0);
    }

    [Fact]
    public async Task InvalidDocument_StaysInvalidWhenAskedAgain()
    {
        await using var api = factory.With();
        var client = api.CreateClient();

        for (var attempt = 0; attempt < 3; attempt++)
        {
            var (status, body) = await client.PostQueryAsync("{ role(id: \"DO\") { name noSuchField } }");
            Assert.Equal(HttpStatusCode.BadRequest, status);
            Assert.Contains("noSuchField", body.GetProperty("errors")[0].GetProperty("message").GetString(), StringComparison.Ordinal);
        }
    }

    [Fact]
    public async Task DepthLimit_IsEnforcedOnACachedDocument_WhenVariablesIncludeMore()
    {
        await using var api = factory.With(("TeamGraph:Limits:MaxDepth", "2"));
        var client = api.CreateClient();

        var shallow = await PostAsync(client, (Included, new { id = "BE", deep = false }, null));
        var again = await PostAsync(client, (Included, new { id = "BE", deep = false }, null));
        var deep = await PostAsync(client, (Included, new { id = "BE", deep = true }, null));

        Assert.StartsWith("200 ", shallow, StringComparison.Ordinal);
        Assert.Equal(shallow, again);
        Assert.StartsWith("400 ", deep, StringComparison.Ordinal);
        Assert.Contains("\"code\":\"COMPLEXITY\"", deep, StringComparison.Ordinal);
    }

    [Fact]
    public async Task ComplexityLimit_IsEnforcedOnACachedDocument_WhenVariablesAskForMore()
    {
        await using var api = factory.With(("TeamGraph:Limits:MaxComplexity", "500"));
        var client = api.CreateClient();
        const string Query = "query Q($first: Int!) { roles(first: $first) { edges { node { code skills { name } tools { name } } } } }";

        var small = await PostAsync(client, (Query, new { first = 1 }, null));
        var big = await PostAsync(client, (Query, new { first = 50 }, null));

        Assert.StartsWith("200 ", small, StringComparison.Ordinal);
        Assert.StartsWith("400 ", big, StringComparison.Ordinal);
        Assert.Contains("\"code\":\"COMPLEXITY\"", big, StringComparison.Ordinal);
    }

    [Fact]
    public async Task DocumentLimits_RefuseACachedDocumentEveryTime()
    {
        await using var api = factory.With(("TeamGraph:Limits:MaxAliases", "1"), ("TeamGraph:Limits:EnableIntrospection", "false"));
        var client = api.CreateClient();

        for (var attempt = 0; attempt < 3; attempt++)
        {
            var (aliases, aliasesBody) = await client.PostQueryAsync("{ a: stats { roles } b: stats { roles } }");
            var (introspection, introspectionBody) = await client.PostQueryAsync("{ __schema { queryType { name } } }");
            Assert.Equal(HttpStatusCode.BadRequest, aliases);
            Assert.Equal("TOO_MANY_ALIASES", aliasesBody.OnlyErrorCode());
            Assert.Equal(HttpStatusCode.BadRequest, introspection);
            Assert.Equal("INTROSPECTION_DISABLED", introspectionBody.OnlyErrorCode());
        }
    }

    [Fact]
    public void Cache_HoldsAtMostItsCapacity()
    {
        var cache = new ValidatedDocumentCache();

        for (var i = 0; i < ValidatedDocumentCache.Capacity * 3; i++)
        {
            cache.Parse($"{{ role(id: \"R{i}\") {{ name }} }}");
        }

        Assert.InRange(cache.Count, 1, ValidatedDocumentCache.Capacity);
    }

    [Fact]
    public void Cache_GivesTheSameDocumentForTheSameText_AndKeepsNeitherUnparsableNorOverlongQueries()
    {
        var cache = new ValidatedDocumentCache();
        var longQuery = "{ __typename " + new string(' ', ValidatedDocumentCache.MaxCachedQueryLength) + "}";

        var document = cache.Parse("{ stats { roles } }");
        var error = Assert.Throws<GraphQLRequestError>(() => cache.Parse("{ stats {"));
        var longDocument = cache.Parse(longQuery);

        Assert.Same(document, cache.Parse("{ stats { roles } }"));
        Assert.NotSame(longDocument, cache.Parse(longQuery));
        Assert.True(error.IsDocumentError);
        Assert.Equal(1, cache.Count);
    }

    [Fact]
    public void Server_UsesOneCacheForParsingAndValidation()
    {
        var cache = factory.Services.GetRequiredService<ValidatedDocumentCache>();

        Assert.Contains(factory.Services.GetServices<IConfigureExecution>(), configuration => ReferenceEquals(configuration, cache));
    }

    private static async Task<string> PostAsync(HttpClient client, (string Query, object? Variables, string? OperationName) request)
    {
        using var response = await client.PostAsJsonAsync("/graphql",
            new { query = request.Query, variables = request.Variables, operationName = request.OperationName }, TestContext.Current.CancellationToken);
        var body = await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken);
        return $"{(int)response.StatusCode} {body}";
    }
}
