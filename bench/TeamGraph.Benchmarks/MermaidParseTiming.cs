using System.Diagnostics;
using System.Globalization;

namespace TeamGraph.Benchmarks;

/// <summary>
/// Parse time per chart for two builds of the mermaid parser in one process, on the same charts, alternately: each
/// round times one parse of every chart by each build, the two builds taking turns to go first. A chart's time is its
/// median over the rounds; the report gives the median and 90th percentile over the charts for each build and their
/// ratio, on all charts and on the charts both builds accept (a parser that refuses a chart may stop early).
/// Not BenchmarkDotNet: it times single parses of a few microseconds, which its per-invocation overhead would swamp.
/// Usage: dotnet TeamGraph.Benchmarks.dll mermaid-timing BASELINE/TeamGraph.Core.dll [rounds]
/// </summary>
internal static class MermaidParseTiming
{
    // Long enough for tiered compilation to reach its optimised code in both builds before any timing.
    private static readonly TimeSpan Warmup = TimeSpan.FromSeconds(3);

    public static int Run(string[] args)
    {
        if (args.Length < 1)
        {
            Console.Error.WriteLine("usage: mermaid-timing BASELINE/TeamGraph.Core.dll [rounds]");
            return 2;
        }

        var rounds = args.Length > 1 ? int.Parse(args[1], CultureInfo.InvariantCulture) : 200;
        var charts = MermaidCorpusCharts.Load();
        MermaidParserBuild[] builds = [new("baseline", args[0]), new("today", MermaidParserBuild.TodaysCoreAssembly)];
        var accepted = builds.Select(build => charts.Select(build.Parse).ToArray()).ToArray();
        var loadBefore = LoadAverage();

        var warmup = Stopwatch.StartNew();
        while (warmup.Elapsed < Warmup)
        {
            foreach (var build in builds)
            {
                foreach (var chart in charts)
                {
                    build.Parse(chart);
                }
            }
        }

        Thread.Sleep(500);
        var ticks = builds.Select(_ => charts.Select(_ => new long[rounds]).ToArray()).ToArray();
        for (var round = 0; round < rounds; round++)
        {
            for (var chart = 0; chart < charts.Count; chart++)
            {
                for (var turn = 0; turn < builds.Length; turn++)
                {
                    var which = (turn + round) % builds.Length;
                    var start = Stopwatch.GetTimestamp();
                    builds[which].Parse(charts[chart]);
                    ticks[which][chart][round] = Stopwatch.GetTimestamp() - start;
                }
            }
        }

        var allocated = builds.Select(build =>
        {
            var before = GC.GetAllocatedBytesForCurrentThread();
            foreach (var chart in charts)
            {
                build.Parse(chart);
            }

            return GC.GetAllocatedBytesForCurrentThread() - before;
        }).ToArray();
        var perChart = ticks.Select(build => build.Select(Median).ToArray()).ToArray();
        Console.WriteLine($"{charts.Count} charts, {rounds} rounds after {Warmup.TotalSeconds:0} s of warm-up; load average {loadBefore} before, {LoadAverage()} after");
        Console.WriteLine($"accepted: baseline {accepted[0].Count(a => a)}, today {accepted[1].Count(a => a)}, both {Enumerable.Range(0, charts.Count).Count(i => accepted[0][i] && accepted[1][i])}");
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"allocated per pass over the corpus: baseline {allocated[0] / 1024.0:0} KB, today {allocated[1] / 1024.0:0} KB (x{(double)allocated[1] / allocated[0]:0.000})"));
        Report("all charts", perChart, _ => true);
        Report("charts both accept", perChart, i => accepted[0][i] && accepted[1][i]);
        Console.WriteLine("largest ratios (today / baseline), where to look next:");
        foreach (var i in Enumerable.Range(0, charts.Count).OrderByDescending(i => perChart[1][i] / perChart[0][i]).Take(10))
        {
            var start = charts[i].Length <= 70 ? charts[i] : charts[i][..70] + "...";
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"  x{perChart[1][i] / perChart[0][i]:0.00} {Micros(perChart[0][i])} -> {Micros(perChart[1][i])} us  {start.ReplaceLineEndings("\\n")}"));
        }

        return 0;
    }

    private static void Report(string subset, double[][] perChart, Func<int, bool> include)
    {
        var chosen = Enumerable.Range(0, perChart[0].Length).Where(include).ToArray();
        var baseline = chosen.Select(i => perChart[0][i]).ToArray();
        var today = chosen.Select(i => perChart[1][i]).ToArray();
        var geometricRatio = Math.Exp(chosen.Average(i => Math.Log(perChart[1][i] / perChart[0][i])));
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"{subset} ({chosen.Length}): median {Micros(Percentile(baseline, 0.5))} -> {Micros(Percentile(today, 0.5))} us (x{Percentile(today, 0.5) / Percentile(baseline, 0.5):0.000}), " +
            $"p90 {Micros(Percentile(baseline, 0.9))} -> {Micros(Percentile(today, 0.9))} us (x{Percentile(today, 0.9) / Percentile(baseline, 0.9):0.000}), " +
            $"total {Micros(baseline.Sum())} -> {Micros(today.Sum())} us (x{today.Sum() / baseline.Sum():0.000}), per-chart geometric mean x{geometricRatio:0.000}"));
    }

    private static double Median(long[] samples) => Percentile([.. samples.Select(s => (double)s)], 0.5);

    private static double Percentile(double[] values, double fraction)
    {
        var sorted = values.Order().ToArray();
        var position = fraction * (sorted.Length - 1);
        var below = (int)Math.Floor(position);
        var above = Math.Min(below + 1, sorted.Length - 1);
        return sorted[below] + ((sorted[above] - sorted[below]) * (position - below));
    }

    private static string Micros(double ticks) => (ticks * 1e6 / Stopwatch.Frequency).ToString("0.00", CultureInfo.InvariantCulture);

    private static string LoadAverage() =>
        File.Exists("/proc/loadavg") ? string.Join(' ', File.ReadAllText("/proc/loadavg").Split(' ').Take(3)) : "unknown";
}
