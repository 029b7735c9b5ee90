using System.Diagnostics;
using System.Globalization;
using System.Security.Cryptography;
using Markdig;
using TeamGraph.Core.Audit;
using TeamGraph.Core.Diagnostics;
using TeamGraph.Core.Export;
using TeamGraph.Core.Ingestion;
using TeamGraph.Core.Ingestion.Building;
using TeamGraph.Core.Ingestion.Decoding;
using TeamGraph.Core.Ingestion.Markdown;
using TeamGraph.Core.Ingestion.Mermaid;
using TeamGraph.Core.Ingestion.Resolution;

namespace TeamGraph.Benchmarks;

/// <summary>
/// Where an ingest's time and allocations go, phase by phase: each phase runs over the whole folder on one thread,
/// after the one before it, so a phase's time is its own CPU work (the ingester runs the per-document phases in
/// parallel). Markdig alone is timed with the floor's pipeline and with the card parser's (which adds precise source
/// locations); the card walk is the card parser's time less its Markdig parse. Rounds alternate nothing: the phases
/// depend on each other, so the median of several rounds is the figure.
/// </summary>
internal static class IngestPhases
{
    private static readonly MarkdownPipeline CardPipeline = new MarkdownPipelineBuilder().UsePipeTables().UseYamlFrontMatter().UsePreciseSourceLocation().Build();

    public static int Run(string[] args)
    {
        var folder = args[0];
        var rounds = args.Length > 1 ? int.Parse(args[1], CultureInfo.InvariantCulture) : 5;
        var files = Directory.GetFiles(folder, "*.md", SearchOption.AllDirectories);
        Array.Sort(files, StringComparer.Ordinal);
        var paths = files.Select(f => Path.GetRelativePath(folder, f).Replace('\\', '/')).ToArray();
        var samples = new Dictionary<string, List<(double Ms, long Bytes, double PauseMs)>>();
        for (var round = 0; round < rounds + 1; round++)
        {
            var timings = OneRound(folder, files, paths);
            if (round == 0)
            {
                continue; // warm-up: JIT and tiering
            }

            foreach (var (phase, ms, bytes, pause) in timings)
            {
                (samples.TryGetValue(phase, out var list) ? list : samples[phase] = []).Add((ms, bytes, pause));
            }
        }

        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{files.Length} files, {rounds} rounds, medians; load average {LoadAverage()}"));
        Console.WriteLine("| phase | time ms | of which GC pauses ms | allocated MB |");
        Console.WriteLine("|---|---:|---:|---:|");
        foreach (var (phase, list) in samples)
        {
            var ms = list.Select(s => s.Ms).Order().ElementAt(list.Count / 2);
            var pause = list.Select(s => s.PauseMs).Order().ElementAt(list.Count / 2);
            var mb = list.Select(s => s.Bytes).Order().ElementAt(list.Count / 2) / 1048576.0;
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"| {phase} | {ms:0.0} | {pause:0.0} | {mb:0.0} |"));
        }

        return 0;
    }

    /// <summary>
    /// The live heap an ingest leaves (what a server holds while serving it), after a full collection; with a pause,
    /// so <c>dotnet-gcdump collect -p PID</c> can say what it is made of.
    /// </summary>
    public static int Heap(string[] args)
    {
        var before = GC.GetTotalMemory(forceFullCollection: true);
        var ingest = new FolderIngester().Ingest(args[0]);
        var after = GC.GetTotalMemory(forceFullCollection: true);
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"{ingest.LastGood.Count} documents, {ingest.Graph.Nodes.Count} nodes, {ingest.Graph.Relationships.Count} relationships: live heap {(after - before) / 1048576.0:0.0} MB, working set {Environment.WorkingSet / 1048576.0:0.0} MB, process id {Environment.ProcessId}"));
        if (args.Length > 1)
        {
            Thread.Sleep(TimeSpan.FromSeconds(double.Parse(args[1], CultureInfo.InvariantCulture)));
        }

        GC.KeepAlive(ingest);
        return 0;
    }

    private static List<(string Phase, double Ms, long Bytes, double PauseMs)> OneRound(string folder, string[] files, string[] paths)
    {
        var timings = new List<(string, double, long, double)>();
        var diagnostics = new List<Diagnostic>();
        var bytes = Measure(timings, "read files", () => files.Select(File.ReadAllBytes).ToArray());
        var decoder = new DocumentDecoder();
        var texts = Measure(timings, "decode", () => files.Select((_, i) => decoder.Decode(paths[i], bytes[i]).Text ?? "").ToArray());
        Measure(timings, "sha256", () => bytes.Select(b => Convert.ToHexStringLower(SHA256.HashData(b))).ToArray());
        Measure(timings, "Markdig, floor pipeline", () => texts.Sum(t => Markdown.Parse(t, MarkdigFloor.Pipeline).Count));
        Measure(timings, "Markdig, card pipeline", () => texts.Sum(t => Markdown.Parse(t, CardPipeline).Count));
        var parser = new RoleCardParser();
        var cards = Measure(timings, "card parser (Markdig + walk)", () => texts.Select((t, i) => parser.Parse(paths[i], t, diagnostics)).ToArray());
        var mermaid = new MermaidFlowchartParser();
        var charts = Measure(timings, "mermaid", () => cards.Select(c => c.MermaidBlocks.Select(b => mermaid.Parse(b, diagnostics)).OfType<MermaidFlowchart>().ToList()).ToArray());
        var documents = cards.Select((c, i) => new SourceDocument(paths[i], "", c, charts[i])).ToList();
        Measure(timings, "graph build (resolve, project, match)", () => TeamGraphBuilder.Build(TeamRegistry.Empty, documents, diagnostics));
        var ingest = Measure(timings, "FolderIngester.Ingest (parallel, all of the above)", () => new FolderIngester().Ingest(folder));
        Measure(timings, "audit", () => TeamAuditor.Audit(ingest).Count);
        Measure(timings, "export jsonl", () =>
        {
            new JsonLinesGraphExporter().Export(ingest.Graph, Stream.Null);
            return 0;
        });
        return timings;
    }

    private static T Measure<T>(List<(string, double, long, double)> timings, string phase, Func<T> work)
    {
        GC.Collect();
        GC.WaitForPendingFinalizers();
        var allocated = GC.GetTotalAllocatedBytes(precise: true);
        var paused = GC.GetTotalPauseDuration();
        var watch = Stopwatch.StartNew();
        var result = work();
        timings.Add((phase, watch.Elapsed.TotalMilliseconds, GC.GetTotalAllocatedBytes(precise: true) - allocated, (GC.GetTotalPauseDuration() - paused).TotalMilliseconds));
        return result;
    }

    private static string LoadAverage() =>
        File.Exists("/proc/loadavg") ? string.Join(' ', File.ReadAllText("/proc/loadavg").Split(' ').Take(3)) : "unknown";
}
