using System.Text.RegularExpressions;
using TeamGraph.Core.Diagrams;

namespace TeamGraph.Core.Tests.Diagrams;

/// <summary>Every catalogued DOT diagram through Graphviz's own <c>dot</c> (Debian's <c>graphviz</c> package); skipped when absent.</summary>
public sealed partial class DotDiagramWriterToolTests : IDisposable
{
    private readonly string _folder = Directory.CreateTempSubdirectory("teamgraph-dot-").FullName;

    [Fact]
    public void Generate_EveryCataloguedDiagram_RendersInGraphvizWithTheCountedNodesAndEdges()
    {
        var diagrams = DiagramCatalogue.Diagrams(DiagramFormat.Dot).ToList();
        var paths = DiagramFiles.WriteAll(_folder, diagrams);
        var failures = new List<string>();
        foreach (var (diagram, path) in diagrams.Zip(paths))
        {
            var outcome = ExternalTool.Run("dot", "apt-get install graphviz", "-Tsvg", path);
            // A group drawn as a cluster has an invisible anchor node, which Graphviz leaves out of the SVG; the legend is not counted.
            var nodes = NodeGroup().Matches(outcome.Stdout).Count(m => !m.Groups[1].Value.StartsWith("legend_", StringComparison.Ordinal));
            var edges = EdgeGroup().Matches(outcome.Stdout).Count(m => !m.Groups[1].Value.StartsWith("legend_", StringComparison.Ordinal));
            var expectedNodes = diagram.Result.NodeCount - diagram.Result.ClusterIds.Count;
            if (outcome.ExitCode != 0 || outcome.Stderr.Length > 0 || nodes != expectedNodes || edges != diagram.Result.EdgeCount)
            {
                failures.Add($"{diagram.FileName}: exit {outcome.ExitCode}, {nodes}/{expectedNodes} nodes, "
                    + $"{edges}/{diagram.Result.EdgeCount} edges\n{outcome.Stderr}\n{diagram.Result.Text}");
            }
        }

        Assert.True(failures.Count == 0, string.Join("\n\n", failures));
    }

    [Fact]
    public void Generate_ManyNastyTeams_RenderInGraphviz()
    {
        var generator = new DiagramGenerator();
        var failures = new List<string>();
        for (var seed = 100; seed < 140; seed++)
        {
            var result = generator.Generate(NastyTeam.Generate(seed), new DiagramRequest(DiagramScope.Team(), DiagramFormat.Dot, DiagramCatalogue.EveryKind));
            var path = Path.Combine(_folder, $"nasty{seed}.dot");
            File.WriteAllText(path, result.Text);
            var outcome = ExternalTool.Run("dot", "apt-get install graphviz", "-Tsvg", "-o", Path.ChangeExtension(path, ".svg"), path);
            if (outcome.ExitCode != 0 || outcome.Stderr.Length > 0)
            {
                failures.Add($"seed {seed}: {outcome}\n{result.Text}");
            }
        }

        Assert.True(failures.Count == 0, string.Join("\n\n", failures));
    }

    [Fact]
    public void Dot_UnescapedQuote_IsReported()
    {
        var path = Path.Combine(_folder, "broken.dot");
        File.WriteAllText(path, "digraph \"team\" {\n    \"a\" [label=\"Tech \"Lead\"\"];\n}\n");

        var outcome = ExternalTool.Run("dot", "apt-get install graphviz", "-Tsvg", path);

        Assert.NotEqual(0, outcome.ExitCode);
    }

    public void Dispose() => Directory.Delete(_folder, recursive: true);

    [GeneratedRegex("<g id=\"node\\d+\" class=\"node\">\\s*<title>([^<]*)</title>")]
    private static partial Regex NodeGroup();

    [GeneratedRegex("<g id=\"edge\\d+\" class=\"edge\">\\s*<title>([^<]*)</title>")]
    private static partial Regex EdgeGroup();
}
