using BenchmarkDotNet.Attributes;
using Markdig;
using TeamGraph.Core.Ingestion;

namespace TeamGraph.Benchmarks;

/// <summary>
/// Ingest of a generated folder of 1,000 cards (decode, parse, mermaid, resolve, build the graph) against the floor
/// any Markdown-based ingester pays: reading the same files and parsing them with Markdig alone.
/// </summary>
[MemoryDiagnoser]
public class IngestBenchmarks
{
    private static readonly MarkdownPipeline s_markdig = new MarkdownPipelineBuilder().UsePipeTables().UseYamlFrontMatter().Build();
    private string _folder = "";
    private string[] _files = [];

    [Params(1000)]
    public int Cards { get; set; }

    [GlobalSetup]
    public void Setup()
    {
        _folder = SyntheticTeam.Write(Cards);
        _files = Directory.GetFiles(_folder, "*.md", SearchOption.AllDirectories);
    }

    [GlobalCleanup]
    public void Cleanup() => Directory.Delete(_folder, recursive: true);

    /// <summary>Parallel like the ingester, so the ratio measures TeamGraph's own work, not the core count.</summary>
    [Benchmark(Baseline = true, Description = "Markdig parse only")]
    public int MarkdigOnly() => _files.AsParallel().Sum(file => Markdown.Parse(File.ReadAllText(file), s_markdig).Count);

    [Benchmark(Description = "TeamGraph ingest")]
    public int TeamGraphIngest() => new FolderIngester().Ingest(_folder).Graph.Nodes.Count;
}
