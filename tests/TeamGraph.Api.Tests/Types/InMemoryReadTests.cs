using System.Text.Json.Nodes;
using GraphQL.Types;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.DependencyInjection;
using TeamGraph.Api.Tests.Fuzzing;
using TeamGraph.Api.Tests.Hosting;
using TeamGraph.GraphQL.Serving;

namespace TeamGraph.Api.Tests.Types;

/// <summary>
/// Resolvers read the embedded store at once (<c>ITeamGraphReader.InMemory</c>) and batch over any other store: both ways
/// give the same answer to every request of the parity suite and to the query of every field, and reading at once asks
/// the store for no batch.
/// </summary>
public sealed class InMemoryReadTests : IAsyncDisposable
{
    private readonly WebApplicationFactory<Program> _atOnce = StoreParityTests.Factory();
    private readonly WebApplicationFactory<Program> _batched = StoreParityTests.Factory();
    private readonly CountingReader _batchedReader;

    public InMemoryReadTests()
    {
        _batched.CreateClient().Dispose();
        var state = _batched.Services.GetRequiredService<TeamGraphState>();
        _batchedReader = new CountingReader(state.Current.Reader);
        state.Serve(state.Current with { Reader = _batchedReader });
    }

    [Theory]
    [MemberData(nameof(StoreParityTests.Requests), MemberType = typeof(StoreParityTests))]
    public async Task Request_ReadInBatches_IsTheAnswerReadAtOnce(string request) => await AssertSameAnswerAsync(request);

    [Fact]
    public async Task EveryFieldOfTheSchema_ReadInBatches_IsTheAnswerReadAtOnce()
    {
        var schema = _atOnce.Services.GetRequiredService<ISchema>();
        schema.Initialize();
        var (query, _) = EveryFieldQuery.Build(schema, "BE", "QA");

        var answer = await AssertSameAnswerAsync(StoreParityTests.Body(query));

        Assert.True(answer["errors"] is null, answer["errors"]?.ToJsonString());
        Assert.Contains(_batchedReader.Calls, call => call.EndsWith('*'));
    }

    [Fact]
    public async Task RoleCards_ReadAtOnce_AskTheStoreForNoBatch()
    {
        _atOnce.CreateClient().Dispose();
        var state = _atOnce.Services.GetRequiredService<TeamGraphState>();
        var reader = new CountingReader(state.Current.Reader, inMemory: true);
        state.Serve(state.Current with { Reader = reader });
        const string Query = """
            { roles { edges { node { code skills { name } tools { name } inputs { what from { name } to { name } declarations { side } }
              outputs { to { name } } handoffPoints { what } collaborators { name } document { path collaborationMaps { nodes { mapId actor { name } } edges { label from { name } } } } } } } }
            """;

        var (status, answer) = await StoreParityTests.PostAsync(_atOnce, StoreParityTests.Body(Query));

        Assert.True(status == 200 && answer?["errors"] is null, answer?.ToJsonString());
        Assert.NotEmpty(answer!["data"]!["roles"]!["edges"]!.AsArray());
        Assert.Equal(["GetRoles"], reader.Calls);
    }

    public async ValueTask DisposeAsync()
    {
        await _atOnce.DisposeAsync();
        await _batched.DisposeAsync();
    }

    private Task<JsonNode> AssertSameAnswerAsync(string request) =>
        StoreParityTests.AssertSameAnswerAsync(request, ("at once", _atOnce), ("in batches", _batched));
}
