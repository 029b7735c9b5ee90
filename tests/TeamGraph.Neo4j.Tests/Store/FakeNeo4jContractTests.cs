using TeamGraph.Core.Store;
using TeamGraph.Neo4j.Client;
using TeamGraph.Neo4j.Reader;
using TeamGraph.Neo4j.Writer;
using TeamGraph.Testing.Fakes;
using TeamGraph.Testing.Store;

namespace TeamGraph.Neo4j.Tests.Store;

/// <summary>
/// The store contract against the Neo4j reader talking to the loopback fake, after the writer wrote the seed into it:
/// the request JSON, the decoding of every answer, the removal of the writer's keys, and the in-memory halves of the
/// queries, end to end. The fake answers the reader's Cypher by doing what it says; the container run checks Neo4j.
/// </summary>
public sealed class FakeNeo4jContractTests : TeamGraphReaderContract, IAsyncDisposable
{
    private readonly FakeNeo4jServer _server = new();
    private readonly HttpClient _http = new();
    private Neo4jGraphReader? _reader;

    protected override async Task<ITeamGraphReader> ReaderAsync()
    {
        if (_reader is null)
        {
            var client = new Neo4jQueryClient(_http, new Neo4jOptions { Uri = _server.Uri });
            await new Neo4jGraphWriter(client).WriteAsync(Seed, "seed", report: SeedReport, cancellationToken: TestContext.Current.CancellationToken);
            _reader = new Neo4jGraphReader(client);
        }

        return _reader;
    }

    public async ValueTask DisposeAsync()
    {
        _http.Dispose();
        await _server.DisposeAsync();
    }
}
