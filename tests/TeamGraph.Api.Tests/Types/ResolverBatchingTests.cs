using Microsoft.Extensions.DependencyInjection;
using TeamGraph.GraphQL.Serving;

namespace TeamGraph.Api.Tests.Types;

/// <summary>Resolvers read through batch loaders: the store calls of a query do not grow with the number of parent objects.</summary>
public sealed class ResolverBatchingTests : IDisposable
{
    private const string RolesQuery = """
        query($first: Int) { roles(first: $first) { edges { node { code
            skills { name } tools { name } outputs { to { name } } handoffPoints { what }
            approvals { role { code } } communications { frequency } document { path } } } } }
        """;

    private readonly SeedApiFactory _factory = new();
    private readonly HttpClient _client;
    private readonly CountingReader _reader;

    public ResolverBatchingTests()
    {
        _client = _factory.CreateClient();
        var state = _factory.Services.GetRequiredService<TeamGraphState>();
        _reader = new CountingReader(state.Current.Reader);
        state.Serve(state.Current with { Reader = _reader });
    }

    [Fact]
    public async Task Roles_TwoOrSixRoles_MakeTheSameStoreCalls()
    {
        var two = await CallsAsync(2);
        var six = await CallsAsync(6);

        Assert.Equal(two, six);
    }

    [Fact]
    public async Task Roles_EveryField_IsOneBatchedCallPerLevel()
    {
        var calls = await CallsAsync(6);

        Assert.Equal(
            [
                "FindApprovals", "GetHandoffsFrom*", "GetNeighbours[DECLARES]*", "GetNeighbours[DESCRIBED_IN]*", "GetNeighbours[HAS_SKILL]*",
                "GetNeighbours[KNOWS]*", "GetNeighbours[MEETS]*", "GetNeighbours[TO]*", "GetNeighbours[USES_TOOL]*", "GetNodes*", "GetRoles",
            ],
            calls);
    }

    [Fact]
    public async Task Roles_FilteredBySkillAndTool_ReadEveryRolesSkillsInOneCall()
    {
        _reader.Clear();
        var data = await _client.QueryAsync("""{ roles(filter: { skill: "docker", tool: "docker" }) { edges { node { code } } } }""");

        Assert.Equal(["BE", "DO"], data.At("roles.edges").EnumerateArray().Select(e => e.Text("node.code")));
        Assert.Equal(["GetNeighbours[HAS_SKILL]*", "GetNeighbours[KNOWS]*", "GetNeighbours[USES_TOOL]*", "GetRoles"], _reader.Calls.Order(StringComparer.Ordinal));
    }

    [Fact]
    public async Task Search_ActorsOfEveryHit_AreReadInOneCall()
    {
        _reader.Clear();
        var data = await _client.QueryAsync("""{ search(text: "docker") { actors { id } } }""");

        Assert.True(data.At("search").GetArrayLength() > 2);
        Assert.Equal(["GetNodes*", "Search"], _reader.Calls.Order(StringComparer.Ordinal));
    }

    public void Dispose()
    {
        _client.Dispose();
        _factory.Dispose();
    }

    /// <summary>The distinct calls one roles query makes, and checks that it counted each once.</summary>
    private async Task<IReadOnlyList<string>> CallsAsync(int first)
    {
        _reader.Clear();
        var data = await _client.QueryAsync(RolesQuery, new { first });

        Assert.Equal(first, data.At("roles.edges").GetArrayLength());
        Assert.Equal(_reader.Calls.Count, _reader.Calls.Distinct().Count());
        return [.. _reader.Calls.Order(StringComparer.Ordinal)];
    }
}
