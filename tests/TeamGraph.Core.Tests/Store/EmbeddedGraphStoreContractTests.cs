using TeamGraph.Core.Store;
using TeamGraph.Testing.Store;

namespace TeamGraph.Core.Tests.Store;

/// <summary>The store contract against the embedded store.</summary>
public sealed class EmbeddedGraphStoreContractTests : TeamGraphReaderContract
{
    protected override Task<ITeamGraphReader> ReaderAsync() => Task.FromResult<ITeamGraphReader>(new EmbeddedGraphStore(Seed, SeedReport));
}
