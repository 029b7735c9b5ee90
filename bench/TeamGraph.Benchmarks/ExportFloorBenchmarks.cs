using BenchmarkDotNet.Attributes;
using TeamGraph.Core.Export;
using TeamGraph.Core.Ingestion;

namespace TeamGraph.Benchmarks;

/// <summary>
/// <c>teamgraph export --format jsonl</c> of 5,000 generated roles, in the process, against the Markdig floor, beside
/// the text of every leaf, a bare graph of the ingest's size, and that graph written as the same JSON lines: their
/// ratios added bound from below what any design can reach. <c>bench/export-scale.sh</c> measures the issue's own
/// figure, each side a process of its own.
/// Usage: dotnet run -c Release --project bench/TeamGraph.Benchmarks -- --filter '*ExportFloorBenchmarks*' --job medium
/// </summary>
public class ExportFloorBenchmarks : MarkdigFloorBenchmarks
{
    private IngestFloors.BareGraph _graph = new(0, 0);

    [Params(5000)]
    public int Roles { get; set; }

    protected override int TeamSize => Roles;

    [Benchmark(Description = "bare graph written as JSON lines")]
    public long BareJsonLines() => IngestFloors.WriteJsonLines(_graph, Stream.Null);

    [Benchmark(Description = "TeamGraph ingest + JSON lines export")]
    public int TeamGraphExport()
    {
        var graph = new FolderIngester().Ingest(Folder).Graph;
        new JsonLinesGraphExporter().Export(graph, Stream.Null);
        return graph.Nodes.Count;
    }

    protected override void SetUpMore() => _graph = IngestFloors.Build(Elements);
}
