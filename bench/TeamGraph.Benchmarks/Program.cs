using BenchmarkDotNet.Running;
using TeamGraph.Benchmarks;

// Usage: dotnet run -c Release --project bench/TeamGraph.Benchmarks -- --filter '*'
// and, for per-chart mermaid parse times against another build: -- mermaid-timing BASELINE/TeamGraph.Core.dll [rounds]
// Results and how to read them: bench/README.md.
if (args.Length > 0 && args[0] == "mermaid-timing")
{
    return MermaidParseTiming.Run(args[1..]);
}

BenchmarkSwitcher.FromAssembly(typeof(Program).Assembly).Run(args);
return 0;
