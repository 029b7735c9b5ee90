using System.Globalization;
using Microsoft.Diagnostics.Tracing.Etlx;
using Microsoft.Diagnostics.Tracing.Parsers.Clr;

namespace TeamGraph.Benchmarks;

/// <summary>
/// The collections of a <c>dotnet-trace --profile gc-collect</c> file, one line each: when, which generation, why, how
/// long the threads were stopped, what it promoted and the generations' sizes after; then the totals per generation.
/// Says which collections an ingest pays for, which the CPU samples (a thread stopped in <c>PollGC</c>) cannot.
/// </summary>
internal static class GcTimeline
{
    public static int Run(string[] args)
    {
        var trace = args[0];
        var etlx = trace.EndsWith(".etlx", StringComparison.Ordinal) ? trace : TraceLog.CreateFromEventPipeDataFile(trace);
        using var log = new TraceLog(etlx);
        var collections = new List<Collection>();
        Collection? open = null;
        double? suspended = null;
        foreach (var traceEvent in log.Events)
        {
            switch (traceEvent)
            {
                case GCSuspendEETraceData suspend:
                    suspended ??= suspend.TimeStampRelativeMSec;
                    break;
                case GCStartTraceData start:
                    open = new Collection(start.TimeStampRelativeMSec, start.Depth, start.Reason.ToString(), start.Type.ToString());
                    collections.Add(open);
                    break;
                case GCHeapStatsTraceData stats when open is not null:
                    open.Promoted = stats.TotalPromotedSize0 + stats.TotalPromotedSize1 + stats.TotalPromotedSize2 + stats.TotalPromotedSize3;
                    open.Sizes = [stats.GenerationSize0, stats.GenerationSize1, stats.GenerationSize2, stats.GenerationSize3];
                    break;
                case var restart when restart.EventName == "GC/RestartEEStop" && suspended is not null:
                    if (open is not null && open.Pause == 0)
                    {
                        open.Pause = restart.TimeStampRelativeMSec - suspended.Value;
                    }

                    suspended = null;
                    break;
            }
        }

        var invariant = CultureInfo.InvariantCulture;
        Console.WriteLine("| at ms | gen | reason | type | pause ms | promoted MB | gen0 / gen1 / gen2 / LOH MB after |");
        Console.WriteLine("|---:|---:|---|---|---:|---:|---|");
        foreach (var c in collections)
        {
            Console.WriteLine(string.Create(invariant, $"| {c.At:0} | {c.Generation} | {c.Reason} | {c.Type} | {c.Pause:0.0} | {c.Promoted / 1e6:0.0} | {string.Join(" / ", c.Sizes.Select(s => (s / 1e6).ToString("0", invariant)))} |"));
        }

        Console.WriteLine();
        foreach (var generation in collections.GroupBy(c => c.Generation).OrderBy(g => g.Key))
        {
            Console.WriteLine(string.Create(invariant, $"gen{generation.Key}: {generation.Count()} collections, {generation.Sum(c => c.Pause):0} ms stopped, {generation.Sum(c => c.Promoted) / 1e6:0} MB promoted"));
        }

        return 0;
    }

    private sealed class Collection(double at, int generation, string reason, string type)
    {
        public double At { get; } = at;

        public int Generation { get; } = generation;

        public string Reason { get; } = reason;

        public string Type { get; } = type;

        public double Pause { get; set; }

        public long Promoted { get; set; }

        public long[] Sizes { get; set; } = [];
    }
}
