using System.Text.Json;
using TeamGraph.Api.Http.Limits;
using TeamGraph.Api.Tests.Http.Limits;

namespace TeamGraph.Api.Tests.Types;

/// <summary><c>handoffs</c> and <c>handoffChains</c> as Relay connections on seed: counts, pages and cursors.</summary>
public sealed class HandoffConnectionTests(SeedApiFactory factory) : IClassFixture<SeedApiFactory>
{
    private const string ChainFields = "totalCount totalCountExact pageInfo { hasNextPage hasPreviousPage endCursor } edges { cursor node { hops { handoff { id } to { id } } } }";

    private readonly HttpClient _client = factory.CreateClient();

    [Fact]
    public async Task HandoffChains_PagedFiveAtATime_CountAllAndThePagesHoldThemAllInOrder()
    {
        var all = await _client.QueryAsync($$"""{ handoffChains(from: "BE", to: "QA", maxHops: 2, first: 100) { {{ChainFields}} } }""");
        var total = all.Number("handoffChains.totalCount");
        Assert.True(total is > 10 and <= 15, $"BE to QA in two hops should have more chains than two pages of 5; it has {total}");
        Assert.Equal(total, all.At("handoffChains.edges").GetArrayLength());
        Assert.True(all.At("handoffChains.totalCountExact").GetBoolean());

        var pages = new List<JsonElement>();
        string? after = null;
        do
        {
            var cursor = after is null ? "" : $", after: \"{after}\"";
            var page = await _client.QueryAsync($$"""{ handoffChains(from: "BE", to: "QA", maxHops: 2, first: 5{{cursor}}) { {{ChainFields}} } }""");
            Assert.Equal(total, page.Number("handoffChains.totalCount"));
            Assert.Equal(pages.Count > 0, page.At("handoffChains.pageInfo.hasPreviousPage").GetBoolean());
            pages.Add(page);
            after = page.At("handoffChains.pageInfo.hasNextPage").GetBoolean() ? page.Text("handoffChains.pageInfo.endCursor") : null;
        }
        while (after is not null && pages.Count < 10);

        Assert.Equal(3, pages.Count);
        Assert.Equal(Chains(all), pages.SelectMany(Chains));
        Assert.Equal(total, Chains(all).Distinct().Count());
    }

    [Fact]
    public async Task HandoffChains_MoreThanAPageCanHold_AreCountedPastThePage()
    {
        var data = await _client.QueryAsync("""{ handoffChains(from: "BE", to: "QA", maxHops: 5, first: 100) { totalCount totalCountExact items { length } } }""");

        Assert.True(data.Number("handoffChains.totalCount") > 100, "BE to QA in five hops has over 100 chains on seed");
        Assert.Equal(100, data.At("handoffChains.items").GetArrayLength());
    }

    /// <summary>Without a count the resolver reads one chain past the page: the page and its pageInfo must not change.</summary>
    [Theory]
    [InlineData(2, 1, false)]
    [InlineData(2, 5, false)]
    [InlineData(2, 5, true)]
    [InlineData(2, 100, false)]
    [InlineData(5, 3, false)]
    [InlineData(5, 100, true)]
    public async Task HandoffChains_WithAndWithoutTotalCount_GiveTheSameEdgesAndPageInfo(int maxHops, int first, bool secondPage)
    {
        const string Page = "pageInfo { hasNextPage hasPreviousPage startCursor endCursor } edges { cursor node { hops { handoff { id } to { id } } } }";
        var after = "";
        if (secondPage)
        {
            var firstPage = await _client.QueryAsync($$"""{ handoffChains(from: "BE", to: "QA", maxHops: {{maxHops}}, first: {{first}}) { pageInfo { endCursor } } }""");
            after = $", after: \"{firstPage.Text("handoffChains.pageInfo.endCursor")}\"";
        }

        var arguments = $"from: \"BE\", to: \"QA\", maxHops: {maxHops}, first: {first}{after}";
        var counted = await _client.QueryAsync($$"""{ handoffChains({{arguments}}) { totalCount totalCountExact {{Page}} } }""");
        var uncounted = await _client.QueryAsync($$"""{ handoffChains({{arguments}}) { {{Page}} } }""");
        var aliased = await _client.QueryAsync($$"""{ handoffChains({{arguments}}) { ... on HandoffChainConnection { n: totalCount } {{Page}} } }""");

        Assert.NotEqual(0, counted.At("handoffChains.edges").GetArrayLength());
        Assert.Equal(counted.Number("handoffChains.totalCount"), aliased.Number("handoffChains.n"));
        foreach (var field in new[] { "handoffChains.pageInfo", "handoffChains.edges" })
        {
            Assert.Equal(counted.At(field).GetRawText(), uncounted.At(field).GetRawText());
            Assert.Equal(counted.At(field).GetRawText(), aliased.At(field).GetRawText());
        }
    }

    [Fact]
    public async Task HandoffChains_FirstAboveTheCap_IsServedAndChargedAsTheCap()
    {
        const string Query = """{ handoffChains(from: "BE", to: "QA", maxHops: 5, first: 100000) { items { length } } }""";

        var data = await _client.QueryAsync(Query);
        var result = await factory.ValidateAsync(Query, new QueryComplexityValidationRule(15, 1));

        Assert.Equal(100, data.At("handoffChains.items").GetArrayLength());
        // 20 per allowed hop (5), the connection's items (1), and the 100 chains' children (length): 100 + 1 + 100.
        Assert.Contains("Complexity is 201;", result.OnlyError().Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Handoffs_PagedByCursor_GiveTheSameHandoffsInTheSameOrder()
    {
        var all = await _client.QueryAsync("""{ handoffs { totalCount items { id } } }""");
        var ids = all.At("handoffs.items").EnumerateArray().Select(h => h.Text("id")).ToList();
        Assert.Equal(ids.Count, all.Number("handoffs.totalCount"));
        Assert.Equal(ids.Order(StringComparer.Ordinal), ids);

        var first = await _client.QueryAsync("""{ handoffs(first: 5) { pageInfo { hasNextPage endCursor } items { id } } }""");
        Assert.True(first.At("handoffs.pageInfo.hasNextPage").GetBoolean());
        var rest = await _client.QueryAsync($$"""{ handoffs(after: "{{first.Text("handoffs.pageInfo.endCursor")}}") { pageInfo { hasNextPage } items { id } } }""");
        Assert.False(rest.At("handoffs.pageInfo.hasNextPage").GetBoolean());

        Assert.Equal(ids, [.. Ids(first, "handoffs.items"), .. Ids(rest, "handoffs.items")]);
    }

    [Theory]
    [InlineData("""{ handoffs(after: "bm90LWEtaGFuZG9mZg==") { items { id } } }""")]
    [InlineData("""{ handoffChains(from: "BE", to: "QA", after: "%%%") { items { length } } }""")]
    public async Task Connections_ACursorFromNowhere_IsAnErrorThatSaysSo(string query)
    {
        using var response = await _client.PostAsync("/graphql", new StringContent(JsonSerializer.Serialize(new { query }), System.Text.Encoding.UTF8, "application/json"), TestContext.Current.CancellationToken);
        var body = JsonDocument.Parse(await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken)).RootElement;

        Assert.StartsWith("'after' is not a cursor of this connection", body.Text("errors.0.message"), StringComparison.Ordinal);
    }

    private static List<string> Chains(JsonElement data) =>
        [.. data.At("handoffChains.edges").EnumerateArray().Select(e => string.Join(' ', e.At("node.hops").EnumerateArray().Select(h => $"{h.Text("handoff.id")}>{h.Text("to.id")}")))];

    private static IEnumerable<string> Ids(JsonElement data, string path) => data.At(path).EnumerateArray().Select(h => h.Text("id"));
}
