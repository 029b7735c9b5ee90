using TeamGraph.Core.Graph;
using TeamGraph.Core.Ingestion;
using TeamGraph.Core.Queries;

namespace TeamGraph.Core.Tests.Queries;

/// <summary>tests/data/queries/team (its README lists the handoffs), ingested once for every query test.</summary>
internal static class QueryTestTeam
{
    private static readonly Lazy<PropertyGraph> Ingested = new(() => new FolderIngester().Ingest(TestPaths.Data("queries", "team")).Graph);

    public static PropertyGraph Graph => Ingested.Value;

    public static TeamGraphQueries CreateQueries() => new(Graph);

    /// <summary>A chain as "TL -technical-specs-> BE -merged-code-> DO", for readable assertions.</summary>
    public static string Describe(HandoffChain chain) =>
        Code(chain.Hops[0].FromId) + string.Concat(chain.Hops.Select(h => $" -{h.HandoffId[(h.HandoffId.LastIndexOf(':') + 1)..]}-> {Code(h.ToId)}"));

    private static string Code(string id) => id[(id.IndexOf(':', StringComparison.Ordinal) + 1)..];
}
