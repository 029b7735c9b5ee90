using System.Collections.Concurrent;
using System.Diagnostics;
using TeamGraph.Core.Audit;
using TeamGraph.Core.Cards;
using TeamGraph.Core.Diagnostics;
using TeamGraph.Core.Diagrams;
using TeamGraph.Core.Export;
using TeamGraph.Core.Graph;
using TeamGraph.Core.Ingestion;
using TeamGraph.Core.Ingestion.Decoding;
using TeamGraph.Core.Ingestion.Markdown;
using TeamGraph.Core.Ingestion.Mermaid;
using TeamGraph.Neo4j.Export;

namespace TeamGraph.Testing.Fuzzing;

/// <summary>One property that did not hold for a folder: the stage it broke in and what happened.</summary>
public sealed record PipelineFailure(string Stage, string What)
{
    public override string ToString() => $"[{Stage}] {What}";
}

/// <summary>A diagram the run generated, with the request that made it.</summary>
public sealed record GeneratedDiagram(DiagramRequest Request, DiagramResult Result)
{
    public string Name => $"{Request.Format} {Request.Scope.Kind} [{string.Join(",", Request.Scope.RoleIds)}] {string.Join("+", Request.Kinds ?? new HashSet<EdgeKind>())}";
}

/// <summary>What one run of the whole pipeline over a folder gave.</summary>
public sealed record PipelineOutcome(
    IReadOnlyList<PipelineFailure> Failures,
    IReadOnlyList<GeneratedDiagram> Diagrams,
    IReadOnlyDictionary<string, TimeSpan> DocumentTimes,
    int Documents)
{
    /// <summary>The slowest document and its time, or none for an empty folder.</summary>
    public (string Path, TimeSpan Time) Slowest => DocumentTimes.Count == 0 ? ("", TimeSpan.Zero)
        : DocumentTimes.MaxBy(p => p.Value) is var slowest ? (slowest.Key, slowest.Value) : default;
}

/// <summary>
/// Runs everything TeamGraph does with a folder and checks the properties of issue #10 item 7: ingest, audit, every
/// diagram format over every scope kind and edge kind, both exporters, and a second ingest. Properties: no exception
/// escapes a stage (nor becomes an <c>internal-error</c> diagnostic, which is a caught crash); every diagnostic names
/// an entry of the folder (a file, or a link or special file it skipped); the second ingest exports byte for byte the
/// same; no document's decoding, card reading and mermaid parsing takes longer than <see cref="DocumentBudget"/>. Diagram syntax is checked in batches elsewhere
/// (<see cref="GeneratedDiagram"/>s are returned for that).
/// </summary>
public static class PipelineRun
{
    /// <summary>
    /// The per-document time budget. Issue #10 item 3 adds a setting for it (wt-read's work); until it lands this is
    /// the default the issue suggests ("a few seconds").
    /// </summary>
    public static readonly TimeSpan DocumentBudget = TimeSpan.FromSeconds(5);

    private static readonly DiagramGenerator Generator = new();
    private static readonly IGraphExporter[] Exporters = [new JsonLinesGraphExporter(), new CypherScriptGraphExporter()];
    private static readonly EdgeKind[] EveryKind = Enum.GetValues<EdgeKind>();

    /// <summary>
    /// True when <paramref name="path"/> is a file, folder, special file or link inside <paramref name="folder"/>, named
    /// as it sits there (a link is named by where it is, not by where it leads).
    /// </summary>
    private static bool NamesAnEntryOf(string folder, string path)
    {
        if (string.IsNullOrEmpty(path) || path.Split('/').Contains(".."))
        {
            return false;
        }

        var full = Path.Combine(folder, path);
        return Path.Exists(full) || new FileInfo(full).LinkTarget is not null;
    }

    /// <summary>Runs the pipeline over <paramref name="folder"/> (already on disk).</summary>
    /// <param name="folder">The docs folder.</param>
    /// <param name="diagrams">Whether to draw diagrams (the bench draws them for a sample only, to go faster).</param>
    public static PipelineOutcome Run(string folder, bool diagrams = true)
    {
        var failures = new List<PipelineFailure>();
        var times = new ConcurrentDictionary<string, long>(StringComparer.Ordinal);
        var files = TeamGraph.Core.Docs.MarkdownFolder.MarkdownFiles(folder).Count;
        var generated = new List<GeneratedDiagram>();

        var first = Stage(failures, "ingest", () => new FolderIngester(Timed(times)).Ingest(folder));
        if (first is null)
        {
            return Outcome();
        }

        foreach (var diagnostic in first.Diagnostics)
        {
            if (diagnostic.Code == IngestionDiagnosticCodes.InternalError)
            {
                failures.Add(new PipelineFailure("ingest (caught)", diagnostic.ToString()));
            }

            if (!NamesAnEntryOf(folder, diagnostic.Path))
            {
                failures.Add(new PipelineFailure("diagnostic names no file of the folder", diagnostic.ToString()));
            }
        }

        Stage(failures, "audit", () => TeamAuditor.Audit(first));
        if (diagrams)
        {
            foreach (var request in Requests(first.Graph))
            {
                if (Stage(failures, $"diagram {request.Format} {request.Scope.Kind}", () => Generator.Generate(first.Graph, request)) is { } result)
                {
                    generated.Add(new GeneratedDiagram(request, result));
                }
            }
        }

        var exports = Exporters.Select(e => Stage(failures, $"export {e.GetType().Name}", () => e.ExportToString(first.Graph))).ToList();
        var second = Stage(failures, "second ingest", () => new FolderIngester().Ingest(folder));
        if (second is not null)
        {
            for (var i = 0; i < Exporters.Length; i++)
            {
                var again = Stage(failures, $"second export {Exporters[i].GetType().Name}", () => Exporters[i].ExportToString(second.Graph));
                if (exports[i] is { } before && again is not null && !string.Equals(before, again, StringComparison.Ordinal))
                {
                    failures.Add(new PipelineFailure($"re-ingest {Exporters[i].GetType().Name}", $"the second ingest exports differently:\n{FirstDifference(before, again)}"));
                }
            }
        }

        foreach (var (path, ticks) in times)
        {
            if (TimeSpan.FromTicks(ticks) > DocumentBudget)
            {
                failures.Add(new PipelineFailure("document budget", $"{path} took {TimeSpan.FromTicks(ticks).TotalSeconds:0.0} s, over the {DocumentBudget.TotalSeconds:0} s budget"));
            }
        }

        return Outcome();

        PipelineOutcome Outcome() => new(failures, generated, times.ToDictionary(p => p.Key, p => TimeSpan.FromTicks(p.Value), StringComparer.Ordinal), files);
    }

    /// <summary>
    /// The diagrams drawn for a graph: every format, for the whole team (each edge kind alone, then all together), the
    /// neighbourhood of up to two roles at depth 1 and 2, the chains between two roles, and the set of all roles.
    /// </summary>
    public static IEnumerable<DiagramRequest> Requests(PropertyGraph graph)
    {
        var roles = graph.Nodes.Where(n => n.Label == NodeLabels.Role).Select(n => n.Id).ToList();
        var everyKind = EveryKind.ToHashSet();
        var scopes = new List<(DiagramScope Scope, IReadOnlySet<EdgeKind>? Kinds)> { (DiagramScope.Team(), null), (DiagramScope.Team(), everyKind) };
        scopes.AddRange(EveryKind.Select(kind => (DiagramScope.Team(), (IReadOnlySet<EdgeKind>?)new HashSet<EdgeKind> { kind })));
        foreach (var role in roles.Take(2))
        {
            scopes.Add((DiagramScope.Neighbourhood(role), everyKind));
            scopes.Add((DiagramScope.Neighbourhood(role, depth: 2), null));
        }

        if (roles.Count >= 2)
        {
            scopes.Add((DiagramScope.Chains(roles[0], roles[^1]), null));
            scopes.Add((DiagramScope.Chains(roles[^1], roles[0], maxHops: 8, maxPaths: 100), everyKind));
        }

        if (roles.Count > 0)
        {
            scopes.Add((DiagramScope.Roles(roles), everyKind));
        }

        return scopes.SelectMany(s => Enum.GetValues<DiagramFormat>().Select(format => new DiagramRequest(s.Scope, format, s.Kinds)))
            .Concat(Enum.GetValues<DiagramFormat>().SelectMany(format => new[]
            {
                // Unmerged, a neighbourhood only: a generated team's every relationship can pass mermaid's limit of 500 edges.
                new DiagramRequest(roles.Count > 0 ? DiagramScope.Neighbourhood(roles[0]) : DiagramScope.Team(), format, everyKind)
                {
                    MergeParallel = DiagramMergeMode.Never, Legend = true,
                },
                new DiagramRequest(DiagramScope.Team(), format, everyKind) { MergeParallel = DiagramMergeMode.Always },
            }));
    }

    private static T? Stage<T>(List<PipelineFailure> failures, string stage, Func<T> run)
        where T : class
    {
        try
        {
            return run();
        }
#pragma warning disable CA1031 // The property is that nothing escapes: every exception is a failure to report, with its stage.
        catch (Exception exception)
#pragma warning restore CA1031
        {
            failures.Add(new PipelineFailure(stage, exception.ToString()));
            return null;
        }
    }

    private static string FirstDifference(string a, string b)
    {
        var (linesA, linesB) = (a.Split('\n'), b.Split('\n'));
        var i = 0;
        while (i < linesA.Length && i < linesB.Length && linesA[i] == linesB[i])
        {
            i++;
        }

        return $"line {i + 1}:\n  first:  {(i < linesA.Length ? linesA[i] : "<end>")}\n  second: {(i < linesB.Length ? linesB[i] : "<end>")}";
    }

    /// <summary>The standard pipeline with each stage timed per document path.</summary>
    private static IngestionPipeline Timed(ConcurrentDictionary<string, long> times)
    {
        var standard = IngestionPipeline.Default;
        return new IngestionPipeline(new TimedDecoder(standard.Decoder, times), new TimedCardParser(standard.CardParser, times), new TimedMermaidParser(standard.MermaidParser, times));
    }

    private static void Record(ConcurrentDictionary<string, long> times, string path, long started)
    {
        var elapsed = Stopwatch.GetElapsedTime(started).Ticks;
        times.AddOrUpdate(path, elapsed, (_, before) => before + elapsed);
    }

    private sealed class TimedDecoder(IDocumentDecoder inner, ConcurrentDictionary<string, long> times) : IDocumentDecoder
    {
        public DecodedDocument Decode(string path, ReadOnlySpan<byte> bytes)
        {
            var started = Stopwatch.GetTimestamp();
            try
            {
                return inner.Decode(path, bytes);
            }
            finally
            {
                Record(times, path, started);
            }
        }
    }

    private sealed class TimedCardParser(IRoleCardParser inner, ConcurrentDictionary<string, long> times) : IRoleCardParser
    {
        public RoleCard Parse(string path, string text, ICollection<Diagnostic> diagnostics)
        {
            var started = Stopwatch.GetTimestamp();
            try
            {
                return inner.Parse(path, text, diagnostics);
            }
            finally
            {
                Record(times, path, started);
            }
        }
    }

    private sealed class TimedMermaidParser(IMermaidFlowchartParser inner, ConcurrentDictionary<string, long> times) : IMermaidFlowchartParser
    {
        public MermaidFlowchart? Parse(MermaidBlock block, ICollection<Diagnostic> diagnostics)
        {
            var started = Stopwatch.GetTimestamp();
            try
            {
                return inner.Parse(block, diagnostics);
            }
            finally
            {
                Record(times, block.Path, started);
            }
        }
    }
}
