using TeamGraph.Neo4j;
using TeamGraph.Neo4j.Client;
using TeamGraph.Neo4j.Writer;
using TeamGraph.Testing.Fakes;

namespace TeamGraph.Api.Tests.Hosting;

/// <summary>The parity suite against the fake Query API, into which the writer put the seed and its report.</summary>
public sealed class FakeNeo4jStoreParityTests : StoreParityTests
{
    private readonly FakeNeo4jServer _server = new();
    private readonly HttpClient _http = new();
    private Neo4jOptions? _options;

    public override async ValueTask DisposeAsync()
    {
        await base.DisposeAsync();
        _http.Dispose();
        await _server.DisposeAsync();
    }

    protected override async Task<Neo4jOptions> Neo4jHoldingTheSeedAsync()
    {
        if (_options is null)
        {
            var options = new Neo4jOptions { Uri = _server.Uri };
            await new Neo4jGraphWriter(new Neo4jQueryClient(_http, options))
                .WriteAsync(Seed.Ingest.Graph, "seed", report: Seed.Report, cancellationToken: TestContext.Current.CancellationToken);
            _options = options;
        }

        return _options;
    }
}
