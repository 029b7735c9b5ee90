using TeamGraph.Neo4j;
using TeamGraph.Testing.Store;

namespace TeamGraph.Api.Tests.Hosting;

/// <summary>
/// The parity suite against a real Neo4j (<see cref="Neo4jServerFixture"/>: <c>NEO4J_URI</c>, else a container where a
/// Docker engine answers); skips, saying why, where neither can be had.
/// </summary>
public sealed class Neo4jStoreParityTests(Neo4jServerFixture server) : StoreParityTests, IClassFixture<Neo4jServerFixture>
{
    protected override async Task<Neo4jOptions> Neo4jHoldingTheSeedAsync() =>
        (await server.ClientWithAsync(Seed.Ingest.Graph, Seed.Report, TestContext.Current.CancellationToken)).Options;
}
