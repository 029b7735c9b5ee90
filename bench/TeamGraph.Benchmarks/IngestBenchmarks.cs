using BenchmarkDotNet.Attributes;
using Markdig;
using TeamGraph.Core.Ingestion;

namespace TeamGraph.Benchmarks;

/// <summary>
/// Ingest of a generated folder of 1,000 cards (decode, parse, mermaid, resolve, build the graph) against the floor
/// any Markdown-based ingester pays: reading the same files and parsing them with Markdig alone. Beside them, what any
/// ingester of these cards pays on top of that floor before doing anything of its own (<see cref="IngestFloors"/>):
/// the text of every leaf block, and a bare graph of the ingest's size; the two together bound from below the ratio any
/// design can reach.
/// </summary>
[MemoryDiagnoser]
public class IngestBenchmarks
{
    private static readonly MarkdownPipeline Markdig = new MarkdownPipelineBuilder().UsePipeTables().UseYamlFrontMatter().Build();
    private string _folder = "";
    private string[] _files = [];
    private IngestFloors.BareElements _elements = new([], []);

    [Params(1000)]
    public int Cards { get; set; }

    [GlobalSetup]
    public void Setup()
    {
        _folder = SyntheticTeam.Write(Cards);
        _files = Directory.GetFiles(_folder, "*.md", SearchOption.AllDirectories);
        _elements = IngestFloors.Snapshot(new FolderIngester().Ingest(_folder).Graph);
    }

    [GlobalCleanup]
    public void Cleanup() => Directory.Delete(_folder, recursive: true);

    /// <summary>Parallel like the ingester, so the ratio measures TeamGraph's own work, not the core count.</summary>
    [Benchmark(Baseline = true, Description = "Markdig parse only")]
    public int MarkdigOnly() => _files.AsParallel().Sum(file => Markdown.Parse(File.ReadAllText(file), Markdig).Count);

    [Benchmark(Description = "Markdig parse + text of every leaf")]
    public int MarkdigAndLeafTexts() => _files.AsParallel().Sum(file => IngestFloors.LeafTexts(Markdown.Parse(File.ReadAllText(file), Markdig)));

    /// <summary>On one thread: the ratio to the parallel floor is then an upper figure for this part of the bound.</summary>
    [Benchmark(Description = "bare indexed graph of the ingest's size")]
    public int BareGraph() => IngestFloors.Build(_elements).Count;

    [Benchmark(Description = "TeamGraph ingest")]
    public int TeamGraphIngest() => new FolderIngester().Ingest(_folder).Graph.Nodes.Count;
}
