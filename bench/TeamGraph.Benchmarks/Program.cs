using BenchmarkDotNet.Running;

// Usage: dotnet run -c Release --project bench/TeamGraph.Benchmarks -- --filter '*'
// Results and how to read them: bench/README.md.
BenchmarkSwitcher.FromAssembly(typeof(Program).Assembly).Run(args);
