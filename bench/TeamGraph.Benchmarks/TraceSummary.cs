using System.Globalization;
using Microsoft.Diagnostics.Tracing.Etlx;
using Microsoft.Diagnostics.Tracing.Parsers.Clr;

namespace TeamGraph.Benchmarks;

/// <summary>
/// Sums a <c>dotnet-trace</c> file the way bench/README.md reads profiles: allocation ticks (<c>--profile
/// gc-verbose</c>) by type and by the first TeamGraph or GraphQL frame that allocated, or CPU samples
/// (<c>--profile dotnet-sampled-thread-time</c>) by method, inclusive and by first such frame. <c>--under FRAME</c> keeps
/// only stacks through a method whose name contains FRAME (<c>TeamGraphBuilder.Build</c>, <c>GraphQLHttpEndpoint</c>);
/// <c>--type TYPE</c> only allocations of a type whose name ends with TYPE (<c>System.String[]</c>); <c>--without-gc</c> leaves
/// out CPU samples of a thread stopped for a collection (leaf <c>PollGC</c>), which otherwise land on whatever allocated.
/// </summary>
internal static class TraceSummary
{
    private static readonly string[] OwnCode = ["TeamGraph", "GraphQL"];

    public static int Run(string[] args)
    {
        var trace = args[0];
        var underAt = Array.IndexOf(args, "--under");
        var under = underAt > 0 && underAt + 1 < args.Length ? args[underAt + 1] : null;
        var typeAt = Array.IndexOf(args, "--type");
        var onlyType = typeAt > 0 && typeAt + 1 < args.Length ? args[typeAt + 1] : null;
        var withoutGc = args.Contains("--without-gc");
        var topAt = Array.IndexOf(args, "--top");
        var top = topAt > 0 && topAt + 1 < args.Length ? int.Parse(args[topAt + 1], CultureInfo.InvariantCulture) : 25;

        var etlx = trace.EndsWith(".etlx", StringComparison.Ordinal) ? trace : TraceLog.CreateFromEventPipeDataFile(trace);
        using var log = new TraceLog(etlx);
        var allocations = new Tally();
        var samples = new Tally();
        foreach (var traceEvent in log.Events)
        {
            var isAllocation = traceEvent is GCAllocationTickTraceData;
            if (!isAllocation && traceEvent.EventName != "Thread/Sample")
            {
                continue;
            }

            var frames = Frames(traceEvent.CallStack());
            if (under is not null && !frames.Exists(f => f.Contains(under, StringComparison.Ordinal)))
            {
                continue;
            }

            if (traceEvent is GCAllocationTickTraceData tick)
            {
                var type = (tick.AllocationKind == GCAllocationKind.Large ? "[LOH] " : "") + (tick.TypeName ?? "?");
                if (onlyType is not null && !type.EndsWith(onlyType, StringComparison.Ordinal))
                {
                    continue;
                }

                allocations.Add(type, frames, tick.AllocationAmount64);
            }
            else if (!withoutGc || frames.Count == 0 || !frames[0].Contains("PollGC", StringComparison.Ordinal))
            {
                samples.Add(frames.Count > 0 ? frames[0] : "?", frames, 1);
            }
        }

        if (allocations.Total > 0)
        {
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"allocation ticks: {allocations.Total / 1e6:0} MB sampled{(under is null ? "" : $" under {under}")}"));
            Print("by type", allocations.ByKey, top, v => string.Create(CultureInfo.InvariantCulture, $"{v / 1e6,9:0.0} MB"));
            Print("by first TeamGraph or GraphQL frame", allocations.ByFirstOwnFrame, top, v => string.Create(CultureInfo.InvariantCulture, $"{v / 1e6,9:0.0} MB"));
        }

        if (samples.Total > 0)
        {
            string Share(long v) => string.Create(CultureInfo.InvariantCulture, $"{100.0 * v / samples.Total,6:0.0}%");
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"CPU samples: {samples.Total}{(under is null ? "" : $" under {under}")}"));
            Print("by leaf method", samples.ByKey, top, Share);
            Print("by first TeamGraph or GraphQL frame", samples.ByFirstOwnFrame, top, Share);
            Print("inclusive, TeamGraph and GraphQL methods", samples.Inclusive, top, Share);
        }

        if (allocations.Total == 0 && samples.Total == 0)
        {
            Console.Error.WriteLine($"{trace}: no allocation ticks or CPU samples{(under is null ? "" : $" under {under}")}; record with dotnet-trace --profile gc-verbose or dotnet-sampled-thread-time");
            return 1;
        }

        return 0;
    }

    /// <summary>The stack's method names, leaf first, without their parameter lists.</summary>
    private static List<string> Frames(TraceCallStack? stack)
    {
        var frames = new List<string>();
        for (var frame = stack; frame is not null; frame = frame.Caller)
        {
            var name = frame.CodeAddress.FullMethodName ?? "?";
            var parameters = name.IndexOf('(', StringComparison.Ordinal);
            frames.Add(parameters > 0 ? name[..parameters] : name);
        }

        return frames;
    }

    private static void Print(string title, Dictionary<string, long> counts, int top, Func<long, string> format)
    {
        Console.WriteLine($"== {title}");
        foreach (var (key, value) in counts.OrderByDescending(p => p.Value).ThenBy(p => p.Key, StringComparer.Ordinal).Take(top))
        {
            Console.WriteLine($"{format(value)}  {key}");
        }
    }

    private static bool IsOwn(string frame) => Array.Exists(OwnCode, own => frame.Contains(own, StringComparison.Ordinal));

    private sealed class Tally
    {
        public long Total { get; private set; }

        public Dictionary<string, long> ByKey { get; } = new(StringComparer.Ordinal);

        public Dictionary<string, long> ByFirstOwnFrame { get; } = new(StringComparer.Ordinal);

        public Dictionary<string, long> Inclusive { get; } = new(StringComparer.Ordinal);

        public void Add(string key, List<string> frames, long amount)
        {
            Total += amount;
            Bump(ByKey, key, amount);
            Bump(ByFirstOwnFrame, frames.Find(IsOwn) ?? "(no TeamGraph or GraphQL frame)", amount);
            foreach (var frame in frames.Where(IsOwn).Distinct(StringComparer.Ordinal))
            {
                Bump(Inclusive, frame, amount);
            }
        }

        private static void Bump(Dictionary<string, long> counts, string key, long amount) => counts[key] = counts.GetValueOrDefault(key) + amount;
    }
}
