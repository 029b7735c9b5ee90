using BenchmarkDotNet.Attributes;
using TeamGraph.Core.Graph;
using TeamGraph.Core.Queries;
using TeamGraph.Core.Store;

namespace TeamGraph.Benchmarks;

/// <summary>
/// Handoff chain and reachability queries on the embedded store over a generated team of 5,000 roles and 30,000
/// handoffs (50 groups of 20; 1 handoff in 20 goes to a group, 1 in 50 comes from one). The chain query asks for the
/// first 10 chains of up to 6 hops between two roles 5 hops apart, so it enumerates real paths, not a trivial one.
/// Usage: dotnet run -c Release --project bench/TeamGraph.Benchmarks -- --filter '*ChainQuery*'
/// </summary>
[MemoryDiagnoser]
public class ChainQueryBenchmarks
{
    private PropertyGraph _graph = PropertyGraph.Empty;
    private EmbeddedGraphStore _store = new();
    private string _from = "";
    private string _to = "";

    [Params(5000)]
    public int Roles { get; set; }

    [GlobalSetup]
    public void Setup()
    {
        _graph = SyntheticHandoffGraph.Build(Roles, handoffs: Roles * 6, groups: 50, groupSize: 20);
        _store = new EmbeddedGraphStore(_graph);
        _from = _store.GetRolesAsync().Result[0].Id;
        // The first role five hops downstream: far enough that the 6-hop search has real work at every depth.
        _to = _store.FindReachableActorsAsync(_from, HandoffDirection.Downstream, 6).Result.First(a => a.Hops == 5).Id;
    }

    [Benchmark(Baseline = true, Description = "6-hop downstream reachability")]
    public int Reachability() => _store.FindReachableActorsAsync(_from, HandoffDirection.Downstream, 6).Result.Count;

    [Benchmark(Description = "6-hop chains, first 10")]
    public int Chains() => _store.FindHandoffChainsAsync(_from, _to, maxHops: 6, maxPaths: 10).Result.Sum(c => c.Length);

    /// <summary>What the first query after a load pays once: expanding groups and indexing the actor graph.</summary>
    [Benchmark(Description = "Index + first chain query")]
    public int ColdChains() => new TeamGraphQueries(_graph).FindHandoffChains(_from, _to, maxHops: 6, maxPaths: 10).Count;
}
