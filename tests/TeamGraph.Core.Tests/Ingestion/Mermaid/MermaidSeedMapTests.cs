using TeamGraph.Core.Cards;
using TeamGraph.Core.Diagnostics;
using TeamGraph.Core.Ingestion.Mermaid;

namespace TeamGraph.Core.Tests.Ingestion.Mermaid;

/// <summary>The collaboration map of the real seed card, read from the card itself at its file lines.</summary>
public class MermaidSeedMapTests
{
    private const string CardPath = "roles/devops-engineer.md";

    [Fact]
    public void Parse_SeedCollaborationMap_GivesFiveRolesAndSevenLabelledEdgesAtTheirFileLines()
    {
        var diagnostics = new List<Diagnostic>();

        var chart = new MermaidFlowchartParser().Parse(ReadSeedBlock(), diagnostics);

        Assert.Empty(diagnostics);
        Assert.NotNull(chart);
        Assert.Equal("LR", chart.Direction);
        Assert.Equal(
            [("DO", "DevOps", 228), ("TL", "Tech Lead", 229), ("BE", "Backend Dev", 230), ("FE", "Frontend Dev", 231), ("QA", "QA Engineer", 232)],
            chart.Nodes.Select(n => (n.Id, n.Label, n.Source.Line)));
        Assert.All(chart.Nodes, n => Assert.Equal((MermaidNodeShape.Rectangle, true, 5), (n.Shape, n.HasExplicitLabel, n.Column)));
        Assert.Equal(
            [
                ("TL", "DO", "infra requirements", 234), ("DO", "TL", "capabilities", 235),
                ("BE", "DO", "code", 237), ("FE", "DO", "code", 238),
                ("QA", "DO", "release approval", 240), ("DO", "QA", "deployment status", 241),
                ("DO", "TL", "alerts", 243),
            ],
            chart.Edges.Select(e => (e.From, e.To, e.Label!, e.Source.Line)));
        Assert.All(chart.Edges, e => Assert.Equal(
            (MermaidStroke.Normal, MermaidArrowHead.None, MermaidArrowHead.Arrow, 1, CardPath, 8),
            (e.Stroke, e.StartHead, e.EndHead, e.Length, e.Source.Path, e.Column)));
        Assert.Empty(chart.Subgraphs);
    }

    private static MermaidBlock ReadSeedBlock()
    {
        var lines = File.ReadAllLines(Path.Combine(TestPaths.RepoRoot, "seed", "roles", "devops-engineer.md"));
        var open = Array.FindIndex(lines, l => l.TrimEnd() == "```mermaid");
        var close = Array.FindIndex(lines, open + 1, l => l.TrimEnd() == "```");
        var code = string.Join('\n', lines[(open + 1)..close]);
        return new MermaidBlock(code, open + 2, CardPath);
    }
}
