using BenchmarkDotNet.Attributes;
using TeamGraph.Core.Ingestion;

namespace TeamGraph.Benchmarks;

/// <summary>
/// Ingest of a generated folder of 1,000 cards (decode, parse, mermaid, resolve, build the graph) against the Markdig
/// floor, beside the text of every leaf and a bare graph of the ingest's size: the three together bound from below the
/// ratio any design can reach.
/// Usage: dotnet run -c Release --project bench/TeamGraph.Benchmarks -- --filter '*IngestBenchmarks*'
/// </summary>
public class IngestBenchmarks : MarkdigFloorBenchmarks
{
    [Params(1000)]
    public int Cards { get; set; }

    protected override int TeamSize => Cards;

    [Benchmark(Description = "TeamGraph ingest")]
    public int TeamGraphIngest() => new FolderIngester().Ingest(Folder).Graph.Nodes.Count;
}
