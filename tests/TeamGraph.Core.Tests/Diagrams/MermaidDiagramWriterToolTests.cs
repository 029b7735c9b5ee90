using System.Collections.Concurrent;
using System.Text.Json;
using TeamGraph.Core.Diagrams;

namespace TeamGraph.Core.Tests.Diagrams;

/// <summary>
/// Every catalogued mermaid diagram through mermaid 11's own flowchart parser (/work/shared/tools/mermaid-flow.mjs),
/// comparing what it read with the counts of the <see cref="DiagramResult"/>. Needs <c>node</c> and
/// <c>TEAMGRAPH_CHECKS_DIR</c> pointing at an installed copy of the tools folder (as <c>.ci/run</c> sets up); skipped
/// otherwise. One run costs about 2 s, so the runs go in parallel, one per processor.
/// </summary>
public sealed class MermaidDiagramWriterToolTests : IDisposable
{
    private readonly string _folder = Directory.CreateTempSubdirectory("teamgraph-mermaid-").FullName;

    [Fact]
    public void Generate_EveryCataloguedDiagram_ParsesInMermaidWithTheCountedNodesAndEdges()
    {
        var tool = ReferenceChecks.Script("mermaid-flow.mjs");
        ExternalTool.Run("node", "install Node.js 20+", "--version");
        var diagrams = DiagramCatalogue.Diagrams(DiagramFormat.Mermaid).ToList();
        var paths = DiagramFiles.WriteAll(_folder, diagrams);
        var failures = new ConcurrentBag<string>();
        Parallel.ForEach(diagrams.Zip(paths), new ParallelOptions { MaxDegreeOfParallelism = Environment.ProcessorCount }, item =>
        {
            var (diagram, path) = item;
            var outcome = ExternalTool.Run("node", "install Node.js 20+", tool, path, "--compact", "--decode-html");
            if (Problem(diagram.Result, outcome, diagram.NodeLabels) is { } problem)
            {
                failures.Add($"{diagram.FileName}: {problem}\n{diagram.Result.Text}");
            }
        });

        Assert.True(failures.IsEmpty, string.Join("\n\n", failures.Order(StringComparer.Ordinal)));
    }

    [Fact]
    public void MermaidFlow_UnquotedBracketInLabel_IsReported()
    {
        var tool = ReferenceChecks.Script("mermaid-flow.mjs");
        var path = Path.Combine(_folder, "broken.mmd");
        File.WriteAllText(path, "flowchart LR\n    a[Tech [Lead]] --> b\n");

        var outcome = ExternalTool.Run("node", "install Node.js 20+", tool, path, "--compact");

        Assert.Equal(1, outcome.ExitCode);
        Assert.NotNull(Problem(new DiagramResult(DiagramFormat.Mermaid, "", 2, 1), outcome, ["Tech [Lead]", "b"]));
    }

    public void Dispose() => Directory.Delete(_folder, recursive: true);

    /// <summary>The legend's subgraph and sample nodes: not actors, so not counted.</summary>
    private static bool IsLegend(string? id) => id is not null && id.StartsWith("legend", StringComparison.Ordinal);

    /// <summary>
    /// What mermaid read differs from the result or shows other texts than the node labels: a group drawn as a subgraph
    /// counts once, though mermaid also lists it as a vertex when an edge ends at it; the legend is left out.
    /// </summary>
    private static string? Problem(DiagramResult result, ExternalTool.Outcome outcome, IReadOnlyList<string> labels)
    {
        if (outcome.ExitCode != 0)
        {
            return outcome.ToString();
        }

        using var json = JsonDocument.Parse(outcome.Stdout);
        var subgraphList = json.RootElement.GetProperty("subgraphs").EnumerateArray().Where(s => !IsLegend(s.GetProperty("id").GetString())).ToList();
        var subgraphs = subgraphList.Select(s => s.GetProperty("id").GetString()).ToHashSet();
        var vertexList = json.RootElement.GetProperty("vertices").EnumerateArray()
            .Where(v => !subgraphs.Contains(v.GetProperty("id").GetString()) && !IsLegend(v.GetProperty("id").GetString())).ToList();
        var vertices = vertexList.Count;
        var edges = json.RootElement.GetProperty("edges").EnumerateArray().Count(e => !IsLegend(e.GetProperty("start").GetString()));
        var direction = json.RootElement.GetProperty("direction").GetString();
        var texts = vertexList.Select(v => v.GetProperty("text").GetString())
            .Concat(subgraphList.Select(s => s.GetProperty("title").GetString()))
            .Order(StringComparer.Ordinal).ToList();
        if (!texts.SequenceEqual(labels))
        {
            return $"mermaid shows the labels\n  {string.Join("\n  ", texts)}\nexpected\n  {string.Join("\n  ", labels)}";
        }

        return vertices + subgraphs.Count == result.NodeCount && edges == result.EdgeCount && direction == "LR"
            ? null
            : $"mermaid read {vertices} vertices + {subgraphs.Count} subgraphs, {edges} edges, {direction}; expected {result.NodeCount} nodes, {result.EdgeCount} edges";
    }
}
