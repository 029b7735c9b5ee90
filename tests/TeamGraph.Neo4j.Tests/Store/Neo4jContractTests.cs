using TeamGraph.Core.Store;
using TeamGraph.Neo4j.Reader;
using TeamGraph.Testing.Store;

namespace TeamGraph.Neo4j.Tests.Store;

/// <summary>
/// The store contract against a real Neo4j (see <see cref="Neo4jServerFixture"/>): the seed written by the writer, read
/// back by the reader, every answer equal to the embedded store's. Skips, saying why, where no Neo4j can be had.
/// </summary>
public sealed class Neo4jContractTests(Neo4jServerFixture server) : TeamGraphReaderContract, IClassFixture<Neo4jServerFixture>
{
    protected override async Task<ITeamGraphReader> ReaderAsync() =>
        new Neo4jGraphReader(await server.ClientWithAsync(Seed, SeedReport, TestContext.Current.CancellationToken));
}
