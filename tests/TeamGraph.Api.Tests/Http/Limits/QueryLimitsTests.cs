using System.Net;
using System.Net.Http.Json;

namespace TeamGraph.Api.Tests.Http.Limits;

public sealed class QueryLimitsTests(SeedApiFactory factory) : IClassFixture<SeedApiFactory>
{
    [Fact]
    public async Task Depth_PastMaxDepth_Is400WithComplexityCode()
    {
        await using var api = factory.With(("TeamGraph:Limits:MaxDepth", "3"));
        var client = api.CreateClient();

        var (deep, body) = await client.PostQueryAsync("""{ role(id: "QA") { skills { source { path } } } }""");
        var (shallow, _) = await client.PostQueryAsync("""{ role(id: "QA") { skills { name } } }""");

        Assert.Equal(HttpStatusCode.BadRequest, deep);
        Assert.Equal("COMPLEXITY", body.OnlyErrorCode());
        Assert.Contains("maximum allowed on this endpoint is 3", body.Text("errors.0.message"), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.OK, shallow);
    }

    [Fact]
    public async Task Complexity_PastMaxComplexity_Is400WithComplexityCode()
    {
        await using var api = factory.With(("TeamGraph:Limits:MaxComplexity", "500"));
        var client = api.CreateClient();

        var (big, body) = await client.PostQueryAsync("{ roles(first: 50) { edges { node { code skills { name } tools { name } } } } }");
        var (small, _) = await client.PostQueryAsync("{ roles(first: 5) { edges { node { code skills { name } } } } }");

        Assert.Equal(HttpStatusCode.BadRequest, big);
        Assert.Equal("COMPLEXITY", body.OnlyErrorCode());
        Assert.Equal(HttpStatusCode.OK, small);
    }

    [Fact]
    public async Task Complexity_HandoffChains_ChargesForHopsAndPaths()
    {
        await using var api = factory.With(("TeamGraph:Limits:MaxComplexity", "200"));
        var client = api.CreateClient();

        var (cheap, _) = await client.PostQueryAsync("""{ handoffChains(from: "BE", to: "QA", maxHops: 2, first: 2) { items { hops { handoff { what } } } } }""");
        var (costly, body) = await client.PostQueryAsync("""{ handoffChains(from: "BE", to: "QA", maxHops: 8, first: 100) { items { hops { handoff { what } } } } }""");

        Assert.Equal(HttpStatusCode.OK, cheap);
        Assert.Equal(HttpStatusCode.BadRequest, costly);
        Assert.Equal("COMPLEXITY", body.OnlyErrorCode());
    }

    [Fact]
    public async Task Defaults_AdmitTheStandardIntrospectionQuery()
    {
        var query = await File.ReadAllTextAsync(TestPaths.Data("limits", "introspection-query.graphql"), TestContext.Current.CancellationToken);

        var (status, body) = await factory.CreateClient().PostQueryAsync(query);

        Assert.True(status == HttpStatusCode.OK, body.ToString());
        Assert.Equal("Query", body.Text("data.__schema.queryType.name"));
    }

    [Fact]
    public async Task Introspection_NestedPastThreeTypeLists_IsRefused()
    {
        var (status, body) = await factory.CreateClient().PostQueryAsync(
            "{ __schema { types { possibleTypes { fields { type { name } } interfaces { possibleTypes { fields { name } } } } } } }");

        Assert.Equal(HttpStatusCode.BadRequest, status);
        Assert.Equal("COMPLEXITY", body.OnlyErrorCode());
    }

    [Fact]
    public async Task Aliases_PastMaxAliases_Is400WithTooManyAliases()
    {
        await using var api = factory.With(("TeamGraph:Limits:MaxAliases", "2"));
        var client = api.CreateClient();

        var (two, _) = await client.PostQueryAsync("{ a: stats { roles } b: stats { roles } }");
        var (three, body) = await client.PostQueryAsync("{ a: stats { roles } b: stats { roles } c: stats { roles } }");

        Assert.Equal(HttpStatusCode.OK, two);
        Assert.Equal(HttpStatusCode.BadRequest, three);
        Assert.Equal("TOO_MANY_ALIASES", body.OnlyErrorCode());
    }

    [Fact]
    public async Task Aliases_PastMaxAliasesAcceptingJson_Is200WithTheError()
    {
        await using var api = factory.With(("TeamGraph:Limits:MaxAliases", "0"));
        using var request = new HttpRequestMessage(HttpMethod.Post, "/graphql") { Content = JsonContent.Create(new { query = "{ a: stats { roles } }" }) };
        request.Headers.Accept.ParseAdd("application/json");

        using var response = await api.CreateClient().SendAsync(request, TestContext.Current.CancellationToken);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("TOO_MANY_ALIASES", (await RawGraphQL.BodyAsync(response)).OnlyErrorCode());
    }

    [Fact]
    public async Task Introspection_Disabled_RefusesSchemaTypeAndTheSdlButAnswersTypename()
    {
        await using var api = factory.With(("TeamGraph:Limits:EnableIntrospection", "false"));
        var client = api.CreateClient();

        var (schema, schemaBody) = await client.PostQueryAsync("{ __schema { queryType { name } } }");
        var (type, typeBody) = await client.PostQueryAsync("""{ __type(name: "Role") { name } }""");
        var (typename, typenameBody) = await client.PostQueryAsync("{ __typename }");
        using var sdl = await client.GetAsync("/graphql/schema.graphql", TestContext.Current.CancellationToken);

        Assert.Equal(HttpStatusCode.BadRequest, schema);
        Assert.Equal("INTROSPECTION_DISABLED", schemaBody.OnlyErrorCode());
        Assert.Equal(HttpStatusCode.BadRequest, type);
        Assert.Equal("INTROSPECTION_DISABLED", typeBody.OnlyErrorCode());
        Assert.Equal(HttpStatusCode.OK, typename);
        Assert.Equal("Query", typenameBody.Text("data.__typename"));
        Assert.Equal(HttpStatusCode.NotFound, sdl.StatusCode);
    }

    [Fact]
    public async Task Introspection_ByDefault_IsAnswered()
    {
        var (status, body) = await factory.CreateClient().PostQueryAsync("""{ __type(name: "Role") { name } }""");

        Assert.Equal(HttpStatusCode.OK, status);
        Assert.Equal("Role", body.Text("data.__type.name"));
    }
}
