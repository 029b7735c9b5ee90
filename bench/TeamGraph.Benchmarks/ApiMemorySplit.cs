using System.Diagnostics;
using System.Globalization;
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
        var ingest = new FolderIngester().Ingest(folder);
        Measure("ingest result held (graph, documents, cards, diagnostics)");
        var report = skipAudit ? GraphReport.OfGraph(ingest.Graph) : GraphReport.Of(ingest, folder, DateTimeOffset.UtcNow);
        Measure(skipAudit ? "report without audit (--skip-audit)" : "audit report");
        var store = new EmbeddedGraphStore(ingest.Graph, report);
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

        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{roles.Count} roles, {ingest.Graph.Nodes.Count} nodes, {ingest.Graph.Relationships.Count} relationships"));
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

        GC.KeepAlive(ingest);
        GC.KeepAlive(store);
        return 0;
    }

    private static long LiveHeap()
    {
        GC.Collect(GC.MaxGeneration, GCCollectionMode.Forced, blocking: true, compacting: true);
        GC.WaitForPendingFinalizers();
        return GC.GetTotalMemory(forceFullCollection: true);
    }

    private static double Mb(long bytes) => bytes / 1024.0 / 1024.0;
}
