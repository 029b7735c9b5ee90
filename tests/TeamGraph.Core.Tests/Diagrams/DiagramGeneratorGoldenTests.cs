using System.Text;
using TeamGraph.Core.Diagrams;
using TeamGraph.Core.Ingestion;

namespace TeamGraph.Core.Tests.Diagrams;

/// <summary>
/// The seed team's diagrams pinned byte for byte under tests/data/diagrams/golden/. After an intended change, run the
/// tests once with <c>TEAMGRAPH_UPDATE_GOLDEN=1</c> to rewrite the files, and review the diff.
/// </summary>
public sealed class DiagramGeneratorGoldenTests
{
    private const string UpdateVariable = "TEAMGRAPH_UPDATE_GOLDEN";

    private static Dictionary<string, DiagramRequest> Golden { get; } = new(StringComparer.Ordinal)
    {
        ["team-handoffs.mmd"] = new(DiagramScope.Team(), DiagramFormat.Mermaid),
        ["team-handoffs.dot"] = new(DiagramScope.Team(), DiagramFormat.Dot),
        ["team-handoffs.puml"] = new(DiagramScope.Team(), DiagramFormat.PlantUml),
        ["neighbourhood-DO-all.mmd"] = new(DiagramScope.Neighbourhood("role:DO"), DiagramFormat.Mermaid, DiagramCatalogue.EveryKind),
        ["chains-BE-QA.mmd"] = new(DiagramScope.Chains("role:BE", "role:QA"), DiagramFormat.Mermaid),
        ["neighbourhood-DO-handoffs.dot"] = new(DiagramScope.Neighbourhood("role:DO"), DiagramFormat.Dot),
        ["team-all-merged-legend.puml"] = new(DiagramScope.Team(), DiagramFormat.PlantUml, DiagramCatalogue.EveryKind) { MergeParallel = DiagramMergeMode.Always },
        ["team-developers-one-sided.mmd"] = new(DiagramScope.Team(), DiagramFormat.Mermaid)
        {
            Title = "Developers' one-sided handoffs",
            MergeParallel = DiagramMergeMode.Never,
            Legend = true,
            Filter = new DiagramFilter(new HashSet<string> { "ONE_SIDED" }, ["group:developers"]),
        },
    };

    public static TheoryData<string> GoldenNames { get; } = new(Golden.Keys.Order(StringComparer.Ordinal));

    [Theory]
    [MemberData(nameof(GoldenNames))]
    public void Generate_SeedTeam_MatchesTheGoldenFile(string name)
    {
        var text = new DiagramGenerator().Generate(DiagramCatalogue.Seed, Golden[name]).Text;
        var path = TestPaths.Data("diagrams", "golden", name);
        if (Environment.GetEnvironmentVariable(UpdateVariable) == "1")
        {
            File.WriteAllBytes(path, Encoding.UTF8.GetBytes(text));
        }

        Assert.True(File.Exists(path), $"{path} is missing; run the tests with {UpdateVariable}=1 to write it.");
        Assert.Equal(File.ReadAllBytes(path), Encoding.UTF8.GetBytes(text));
    }

    [Theory]
    [InlineData(DiagramFormat.Mermaid)]
    [InlineData(DiagramFormat.Dot)]
    [InlineData(DiagramFormat.PlantUml)]
    public void Generate_Twice_GivesTheSameBytes(DiagramFormat format)
    {
        var request = new DiagramRequest(DiagramScope.Team(), format, DiagramCatalogue.EveryKind);

        var first = new DiagramGenerator().Generate(DiagramCatalogue.Seed, request);
        var second = new DiagramGenerator().Generate(new FolderIngester().Ingest(Path.Combine(TestPaths.RepoRoot, "seed"), cancellationToken: TestContext.Current.CancellationToken).Graph, request);

        Assert.Equal((first.Format, first.Text, first.NodeCount, first.EdgeCount), (second.Format, second.Text, second.NodeCount, second.EdgeCount));
        Assert.Equal(first.Nodes, second.Nodes);
        Assert.Equal(first.ClusterIds.Order(StringComparer.Ordinal), second.ClusterIds.Order(StringComparer.Ordinal));
        Assert.EndsWith("\n", first.Text, StringComparison.Ordinal);
        Assert.DoesNotContain("\r", first.Text, StringComparison.Ordinal);
    }
}
