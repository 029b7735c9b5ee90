using System.Collections.Concurrent;
using System.Diagnostics;
using System.Globalization;
using CsCheck;
using TeamGraph.Testing.Fuzzing;

// Usage: dotnet run -c Release --project bench/TeamGraph.Fuzz -- [--documents 1000000] [--seed 1] [--threads N]
//            [--diagrams-every 1] [--minutes 0] [--out fuzz-out] [--minimise]
// Generates folders of role cards (the generators of tests/TeamGraph.Testing/Fuzzing) until --documents documents
// have gone through the whole pipeline (PipelineRun: ingest, audit, diagrams, both exports, a second ingest), in
// parallel over the cores, one folder in memory per worker. Prints the count, crashes, budget overruns and the other
// property failures by kind, and saves the slowest document's folder (and, with --minimise, a shrunk example of each
// kind of failure) under --out. --minutes stops early (after the folders under way) when the time is up. Exit 1 when
// anything failed. Results: bench/README.md.
var options = Options.Parse(args);
if (args.SkipWhile(a => a != "--replay").Skip(1).FirstOrDefault() is { } replay)
{
    // --replay DIR: one saved folder (a failure, the slowest input) through the pipeline again; with --minimise, each
    // failure shrunk and saved under --out.
    var saved = new GeneratedFolder([.. Directory.EnumerateFiles(replay, "*.md", SearchOption.AllDirectories)
        .Select(f => new GeneratedFile(Path.GetRelativePath(replay, f).Replace('\\', '/'), File.ReadAllBytes(f), "replayed"))]);
    var replayed = PipelineRun.Run(replay);
    foreach (var (i, key) in replayed.Failures.Select(FailureMinimiser.Key).Distinct().Index())
    {
        Console.WriteLine(key);
        if (options.Minimise)
        {
            FailureMinimiser.Save(FailureMinimiser.Minimise(saved, key), Path.Combine(options.Out, $"minimised-{i + 1:00}"), key);
        }
    }

    return replayed.Failures.Count == 0 ? 0 : 1;
}

var failuresByKey = new ConcurrentDictionary<string, int>(StringComparer.Ordinal);
var examples = new ConcurrentDictionary<string, (GeneratedFolder Folder, string What)>(StringComparer.Ordinal);
long documents = 0, folders = 0, crashes = 0, overruns = 0, otherFailures = 0, diagrams = 0;
var slowest = (Ticks: 0L, Path: "", Folder: (GeneratedFolder?)null);
var slowestLock = new Lock();
var clock = Stopwatch.StartNew();
Directory.CreateDirectory(options.Out);
var scratch = Directory.CreateTempSubdirectory("teamgraph-fuzz-bench-").FullName;
using var reporter = new Timer(_ => Console.WriteLine(Progress()), null, TimeSpan.FromSeconds(30), TimeSpan.FromSeconds(30));

try
{
    var next = -1L;
    Parallel.For(0, options.Threads, new ParallelOptions { MaxDegreeOfParallelism = options.Threads }, worker =>
    {
        while (Interlocked.Read(ref documents) < options.Documents && (options.Minutes <= 0 || clock.Elapsed.TotalMinutes < options.Minutes))
        {
            var index = Interlocked.Increment(ref next);
            var folder = FolderGen.Folder.Generate(new PCG(0, options.Seed + (ulong)index), null!, out _);
            var root = Path.Combine(scratch, index.ToString(CultureInfo.InvariantCulture));
            Directory.CreateDirectory(root);
            try
            {
                folder.WriteTo(root);
                var outcome = PipelineRun.Run(root, diagrams: index % options.DiagramsEvery == 0);
                Interlocked.Add(ref documents, folder.DocumentCount);
                Interlocked.Increment(ref folders);
                Interlocked.Add(ref diagrams, outcome.Diagrams.Count);
                Count(outcome, folder);
                var (path, time) = outcome.Slowest;
                if (time.Ticks > Volatile.Read(ref slowest.Ticks))
                {
                    lock (slowestLock)
                    {
                        if (time.Ticks > slowest.Ticks)
                        {
                            slowest = (time.Ticks, path, folder);
                        }
                    }
                }
            }
            finally
            {
                Directory.Delete(root, recursive: true);
            }
        }
    });
}
finally
{
    Directory.Delete(scratch, recursive: true);
}

Console.WriteLine(Progress());
Console.WriteLine($"documents {documents:N0} in {folders:N0} folders, {clock.Elapsed.TotalSeconds:N0} s ({documents / clock.Elapsed.TotalSeconds:N0} documents/s), {diagrams:N0} diagrams");
Console.WriteLine($"crashes {crashes:N0}");
Console.WriteLine($"budget overruns {overruns:N0} (budget {PipelineRun.DocumentBudget.TotalSeconds:0} s a document)");
Console.WriteLine($"other property failures {otherFailures:N0}");
foreach (var (key, count) in failuresByKey.OrderByDescending(p => p.Value))
{
    Console.WriteLine($"  {count,8:N0}  {key}");
}

if (slowest.Folder is not null)
{
    var slowestDirectory = Path.Combine(options.Out, "slowest");
    if (Directory.Exists(slowestDirectory))
    {
        Directory.Delete(slowestDirectory, recursive: true);
    }

    FailureMinimiser.Save(slowest.Folder, slowestDirectory, $"The slowest document of the run: {slowest.Path}, {TimeSpan.FromTicks(slowest.Ticks).TotalMilliseconds:N0} ms to decode, read and parse its mermaid.");
    Console.WriteLine($"slowest document {slowest.Path}: {TimeSpan.FromTicks(slowest.Ticks).TotalMilliseconds:N0} ms, saved under {slowestDirectory}");
}

var exampleIndex = 0;
foreach (var (key, (folder, what)) in examples.OrderBy(p => p.Key, StringComparer.Ordinal))
{
    var shrunk = options.Minimise ? FailureMinimiser.Minimise(folder, key) : folder;
    var directory = Path.Combine(options.Out, $"failure-{++exampleIndex:00}");
    if (Directory.Exists(directory))
    {
        Directory.Delete(directory, recursive: true);
    }

    FailureMinimiser.Save(shrunk, directory, $"{key}\n\n{what}");
    Console.WriteLine($"example of \"{key}\" saved under {directory}{(options.Minimise ? " (minimised)" : "")}");
}

return crashes + overruns + otherFailures == 0 ? 0 : 1;

void Count(PipelineOutcome outcome, GeneratedFolder folder)
{
    foreach (var failure in outcome.Failures)
    {
        var key = FailureMinimiser.Key(failure);
        failuresByKey.AddOrUpdate(key, 1, (_, n) => n + 1);
        examples.TryAdd(key, (folder, failure.ToString()));
        if (failure.Stage == "document budget")
        {
            Interlocked.Increment(ref overruns);
        }
        else if (failure.Stage.StartsWith("diagnostic", StringComparison.Ordinal) || failure.Stage.StartsWith("re-ingest", StringComparison.Ordinal))
        {
            Interlocked.Increment(ref otherFailures);
        }
        else
        {
            Interlocked.Increment(ref crashes);
        }
    }
}

string Progress() =>
    $"{clock.Elapsed:hh\\:mm\\:ss} {Interlocked.Read(ref documents):N0} documents, {Interlocked.Read(ref crashes):N0} crashes, "
    + $"{Interlocked.Read(ref overruns):N0} overruns, {Interlocked.Read(ref otherFailures):N0} other failures, "
    + $"{Environment.WorkingSet / (1024 * 1024):N0} MB working set";

internal sealed record Options(long Documents, ulong Seed, int Threads, int DiagramsEvery, double Minutes, string Out, bool Minimise)
{
    public static Options Parse(string[] args)
    {
        string? Value(string name) => args.SkipWhile(a => a != name).Skip(1).FirstOrDefault();
        return new Options(
            long.Parse(Value("--documents") ?? "1000000", CultureInfo.InvariantCulture),
            ulong.Parse(Value("--seed") ?? "1", CultureInfo.InvariantCulture),
            int.Parse(Value("--threads") ?? Environment.ProcessorCount.ToString(CultureInfo.InvariantCulture), CultureInfo.InvariantCulture),
            int.Parse(Value("--diagrams-every") ?? "1", CultureInfo.InvariantCulture),
            double.Parse(Value("--minutes") ?? "0", CultureInfo.InvariantCulture),
            Value("--out") ?? "fuzz-out",
            args.Contains("--minimise"));
    }
}
