using BenchmarkDotNet.Attributes;

namespace TeamGraph.Benchmarks;

/// <summary>
/// One pass of the mermaid flowchart parser over the 1,447 charts of <c>tests/data/mermaid-corpus</c>, today's build
/// against a baseline build of TeamGraph.Core given by <c>TEAMGRAPH_MERMAID_BASELINE</c> (a path to its
/// <c>TeamGraph.Core.dll</c>; without it the baseline is today's build again, so the ratio shows the noise).
/// <c>bench/mermaid-parse.sh</c> builds the baseline commit and runs this, and the per-chart timing.
/// Usage: TEAMGRAPH_MERMAID_BASELINE=/path/TeamGraph.Core.dll dotnet run -c Release --project bench/TeamGraph.Benchmarks -- --filter '*MermaidParse*'
/// </summary>
[MemoryDiagnoser]
public class MermaidParseBenchmarks
{
    private IReadOnlyList<string> _charts = [];
    private MermaidParserBuild _baseline = null!;
    private MermaidParserBuild _today = null!;

    [GlobalSetup]
    public void Setup()
    {
        _charts = MermaidCorpusCharts.Load();
        var baselinePath = Environment.GetEnvironmentVariable("TEAMGRAPH_MERMAID_BASELINE");
        _baseline = new MermaidParserBuild("baseline", string.IsNullOrEmpty(baselinePath) ? MermaidParserBuild.TodaysCoreAssembly : baselinePath);
        _today = new MermaidParserBuild("today", MermaidParserBuild.TodaysCoreAssembly);
    }

    [Benchmark(Baseline = true, Description = "Baseline")]
    public int Baseline() => ParseAll(_baseline);

    [Benchmark(Description = "Today")]
    public int Today() => ParseAll(_today);

    private int ParseAll(MermaidParserBuild build)
    {
        var accepted = 0;
        foreach (var chart in _charts)
        {
            accepted += build.Parse(chart) ? 1 : 0;
        }

        return accepted;
    }
}
