using BenchmarkDotNet.Attributes;
using TeamGraph.Core.Ingestion;

namespace TeamGraph.Benchmarks;

/// <summary>
/// A generated team against the floor any Markdown-based ingester pays, reading its files and parsing them with Markdig
/// alone (pipe tables and YAML front matter, the extensions TeamGraph uses), beside what any ingester of these cards
/// pays on top of that whatever its design (<see cref="IngestFloors"/>). The parses run in parallel like the ingester's,
/// so the ratios measure work, not the core count. Subclasses name the team's size and add TeamGraph's own run.
/// </summary>
[MemoryDiagnoser]
public abstract class MarkdigFloorBenchmarks
{
    private string[] _files = [];

    protected string Folder { get; private set; } = "";

    private protected IngestFloors.BareElements Elements { get; private set; } = new([], []);

    /// <summary>How many roles the generated team has.</summary>
    protected abstract int TeamSize { get; }

    [GlobalSetup]
    public void Setup()
    {
        Folder = SyntheticTeam.Write(TeamSize);
        _files = Directory.GetFiles(Folder, "*.md", SearchOption.AllDirectories);
        Elements = IngestFloors.Snapshot(new FolderIngester().Ingest(Folder).Graph);
        SetUpMore();
    }

    [GlobalCleanup]
    public void Cleanup() => Directory.Delete(Folder, recursive: true);

    [Benchmark(Baseline = true, Description = "Markdig parse only")]
    public int MarkdigOnly() => MarkdigFloor.ParseAll(_files);

    [Benchmark(Description = "Markdig parse + text of every leaf")]
    public int MarkdigAndLeafTexts() => IngestFloors.ParseAllWithLeafTexts(_files);

    /// <summary>On one thread: the ratio to the parallel floor is then an upper figure for this part of the bound.</summary>
    [Benchmark(Description = "bare indexed graph of the ingest's size")]
    public int BareGraph() => IngestFloors.Build(Elements).Count;

    /// <summary>What a subclass prepares beyond the team, its floor and its graph's elements.</summary>
    protected virtual void SetUpMore()
    {
    }
}
