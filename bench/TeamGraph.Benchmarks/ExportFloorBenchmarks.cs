using BenchmarkDotNet.Attributes;
using Markdig;
using TeamGraph.Core.Export;
using TeamGraph.Core.Ingestion;

namespace TeamGraph.Benchmarks;

/// <summary>
/// <c>teamgraph export --format jsonl</c> of 5,000 generated roles, in the process, against the same Markdig floor as
/// <see cref="IngestBenchmarks"/>, beside the least any exporter of these cards does on top of it
/// (<see cref="IngestFloors"/>): the text of every leaf, a bare graph of the ingest's size, and that graph written as
/// the same JSON lines. Their ratios added bound from below what any design can reach; <c>bench/export-scale.sh</c>
/// measures the issue's own figure, each side a process of its own.
/// Usage: dotnet run -c Release --project bench/TeamGraph.Benchmarks -- --filter '*ExportFloorBenchmarks*' --job medium
/// </summary>
[MemoryDiagnoser]
public class ExportFloorBenchmarks
{
    private static readonly MarkdownPipeline Markdig = new MarkdownPipelineBuilder().UsePipeTables().UseYamlFrontMatter().Build();
    private string _folder = "";
    private string[] _files = [];
    private IngestFloors.BareElements _elements = new([], []);
    private IngestFloors.BareGraph _graph = new(0, 0);

    [Params(5000)]
    public int Roles { get; set; }

    [GlobalSetup]
    public void Setup()
    {
        _folder = SyntheticTeam.Write(Roles);
        _files = Directory.GetFiles(_folder, "*.md", SearchOption.AllDirectories);
        _elements = IngestFloors.Snapshot(new FolderIngester().Ingest(_folder).Graph);
        _graph = IngestFloors.Build(_elements);
    }

    [GlobalCleanup]
    public void Cleanup() => Directory.Delete(_folder, recursive: true);

    [Benchmark(Baseline = true, Description = "Markdig parse only")]
    public int MarkdigOnly() => _files.AsParallel().Sum(file => Markdown.Parse(File.ReadAllText(file), Markdig).Count);

    [Benchmark(Description = "Markdig parse + text of every leaf")]
    public int MarkdigAndLeafTexts() => _files.AsParallel().Sum(file => IngestFloors.LeafTexts(Markdown.Parse(File.ReadAllText(file), Markdig)));

    /// <summary>On one thread, like the store's own indexes.</summary>
    [Benchmark(Description = "bare indexed graph of the ingest's size")]
    public int BareGraph() => IngestFloors.Build(_elements).Count;

    [Benchmark(Description = "bare graph written as JSON lines")]
    public long BareJsonLines() => IngestFloors.WriteJsonLines(_graph, Stream.Null);

    [Benchmark(Description = "TeamGraph ingest + JSON lines export")]
    public int TeamGraphExport()
    {
        var graph = new FolderIngester().Ingest(_folder).Graph;
        new JsonLinesGraphExporter().Export(graph, Stream.Null);
        return graph.Nodes.Count;
    }
}
