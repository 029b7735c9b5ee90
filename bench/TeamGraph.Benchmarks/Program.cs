using BenchmarkDotNet.Running;
using TeamGraph.Benchmarks;

// Usage: dotnet run -c Release --project bench/TeamGraph.Benchmarks -- --filter '*'
// and, for per-chart mermaid parse times against another build: -- mermaid-timing BASELINE/TeamGraph.Core.dll [rounds]
// and, for an ingest's time and allocations phase by phase: -- ingest-phases FOLDER [rounds]
// and, for the live heap an ingest leaves: -- ingest-heap FOLDER [seconds to wait, for dotnet-gcdump]
// and, to write a generated team for the CLI, the API and the load scripts: -- write-team ROLES [FOLDER] [--varied] [--hubs K]
// (--varied: a registry, groups, a glossary and what the audit's rules look for; --hubs K: K hub roles that every
// other role also hands a status report to, about ROLES / K handoffs each)
// and, for what the API's embedded serving holds in memory, step by step: -- api-memory FOLDER [--skip-audit]
// and, for the collections in a dotnet-trace file recorded with --profile gc-collect: -- gc-timeline TRACE
// and, to sum a dotnet-trace file (allocation ticks or CPU samples) by type and method: -- trace-summary TRACE [--under FRAME] [--type TYPE] [--without-gc] [--top N]
// Results and how to read them: bench/README.md.
if (args.Length > 0 && args[0] == "mermaid-timing")
{
    return MermaidParseTiming.Run(args[1..]);
}

if (args.Length > 1 && args[0] == "ingest-phases")
{
    return IngestPhases.Run(args[1..]);
}

if (args.Length > 1 && args[0] == "ingest-heap")
{
    return IngestPhases.Heap(args[1..]);
}

if (args.Length > 1 && args[0] == "api-memory")
{
    return ApiMemorySplit.Run(args[1], skipAudit: args.Contains("--skip-audit"));
}

if (args.Length > 1 && args[0] == "trace-summary")
{
    return TraceSummary.Run(args[1..]);
}

if (args.Length > 1 && args[0] == "gc-timeline")
{
    return GcTimeline.Run(args[1..]);
}

if (args.Length > 1 && args[0] == "write-team")
{
    var roles = int.Parse(args[1], System.Globalization.CultureInfo.InvariantCulture);
    var shape = args.Contains("--varied") ? TeamShape.Varied : TeamShape.Plain;
    var hubsAt = Array.IndexOf(args, "--hubs");
    var hubs = hubsAt > 0 && hubsAt + 1 < args.Length ? int.Parse(args[hubsAt + 1], System.Globalization.CultureInfo.InvariantCulture) : 0;
    var folder = args.Length > 2 && !args[2].StartsWith("--", StringComparison.Ordinal) ? args[2] : null;
    Console.WriteLine(SyntheticTeam.Write(roles, folder: folder, shape: shape, hubs: hubs));
    return 0;
}

BenchmarkSwitcher.FromAssembly(typeof(Program).Assembly).Run(args);
return 0;
