using System.Diagnostics;
using System.Globalization;
using TeamGraph.Core.Graph;
using TeamGraph.Core.Ingestion;
using TeamGraph.Core.Queries;
using TeamGraph.Core.Store;

namespace TeamGraph.Benchmarks;

/// <summary>
/// What the API's embedded serving holds for a folder, step by step as the API builds it, so the ingest's memory and the
/// store's can be told apart: the ingest result (which the API keeps for its next reload), the audit report, the store's
/// snapshot indexes, then each query index (chains, authority rows and search) built by a first query. Each step is the
/// live managed heap after a full blocking collection, and the time the step took. With <c>skipAudit</c> the report
/// is the graph's own counts, for measuring the store on teams whose audit takes long.
/// </summary>
internal static class ApiMemorySplit
{
    public static int Run(string folder, bool skipAudit = false)
    {
        var rows = new List<(string Step, long Heap, TimeSpan Time)>();
        var clock = Stopwatch.StartNew();
        void Measure(string step)
        {
            var time = clock.Elapsed;
            rows.Add((step, LiveHeap(), time));
            clock.Restart();
        }

        Measure("start (runtime, nothing loaded)");
        var report = Ingest(folder, skipAudit, out var graph, out var lastGood);
        Measure(skipAudit
            ? "graph and the documents' bytes (what a reload keeps), report without audit (--skip-audit)"
            : "graph and the documents' bytes (what a reload keeps), audit report (the parsed cards dropped after the audit)");
        var store = new EmbeddedGraphStore(graph, report);
        Measure("store snapshot (adjacency, role names)");
        var roles = store.GetRolesAsync().Result;
        _ = store.FindHandoffChainsAsync(roles[0].Id, roles[^1].Id, QueryLimits.DefaultChainHops, 1).Result;
        Measure("chain index (first handoffChains)");
        _ = store.FindApprovalsAsync(null).Result;
        Measure("authority rows (first approvals)");
        _ = store.SearchAsync("work").Result;
        Measure("search index (first search)");
        _ = store.GetDiagramGraphAsync().Result;
        Measure("diagram subgraph (first diagram)");

        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{roles.Count} roles, {graph.Nodes.Count} nodes, {graph.Relationships.Count} relationships, {lastGood.ByteCount / 1024.0 / 1024.0:F1} MB of documents kept"));
        var largest = report.Findings.OrderByDescending(f => f.Message.Length).FirstOrDefault();
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"audit: {report.Findings.Count} findings, {report.Findings.Sum(f => (long)f.Message.Length)} message characters, {report.Findings.Sum(f => (long)f.Sources.Count)} sources; the longest: {largest?.Rule} of {largest?.Message.Length} characters and {largest?.Sources.Count} sources"));
        Console.WriteLine();
        Console.WriteLine("| Step | Live heap MB | Step adds MB | Step took s |");
        Console.WriteLine("|------|-------------:|-------------:|------------:|");
        for (var i = 0; i < rows.Count; i++)
        {
            var added = i == 0 ? 0 : rows[i].Heap - rows[i - 1].Heap;
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"| {rows[i].Step} | {Mb(rows[i].Heap):F1} | {Mb(added):F1} | {rows[i].Time.TotalSeconds:F1} |"));
        }

        GC.KeepAlive(lastGood);
        GC.KeepAlive(store);
        return 0;
    }

    /// <summary>Ingests and audits as a reload does, and returns what the API then keeps; the rest (cards) is garbage.</summary>
    [System.Runtime.CompilerServices.MethodImpl(System.Runtime.CompilerServices.MethodImplOptions.NoInlining)]
    private static GraphReport Ingest(string folder, bool skipAudit, out PropertyGraph graph, out LastGoodDocuments lastGood)
    {
        var ingest = new FolderIngester(options: new IngestionOptions { KeepLastGood = true }).Ingest(folder);
        graph = ingest.Graph;
        lastGood = ingest.LastGood;
        return skipAudit ? GraphReport.OfGraph(ingest.Graph) : GraphReport.Of(ingest, folder, DateTimeOffset.UtcNow);
    }

    private static long LiveHeap()
    {
        GC.Collect(GC.MaxGeneration, GCCollectionMode.Forced, blocking: true, compacting: true);
        GC.WaitForPendingFinalizers();
        return GC.GetTotalMemory(forceFullCollection: true);
    }

    private static double Mb(long bytes) => bytes / 1024.0 / 1024.0;
}
