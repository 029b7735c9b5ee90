using TeamGraph.Core.Diagrams;

namespace TeamGraph.Cli.Tests;

public sealed class DiagramCommandTests : IDisposable
{
    private static readonly string Team = TestPaths.Data("docs", "team");
    private static readonly string Seed = Path.Combine(TestPaths.RepoRoot, "seed");
    private readonly RecordingDiagramGenerator _generator = new();
    private readonly string _outputDir = Directory.CreateTempSubdirectory("teamgraph-diagram-").FullName;

    [Fact]
    public void Diagram_NoScope_DrawsTheTeamsHandoffsAsMermaidWithASummary()
    {
        var run = CommandLineRun.Invoke(_generator, "diagram", Team);

        Assert.Equal(0, run.ExitCode);
        var request = Assert.Single(_generator.Requests);
        Assert.Equal(DiagramScopeKind.Team, request.Scope.Kind);
        Assert.Empty(request.Scope.RoleIds);
        Assert.Equal(DiagramFormat.Mermaid, request.Format);
        Assert.Equal([EdgeKind.Handoff], request.Kinds!);
        Assert.Equal("Mermaid Team  Handoff\nsecond line\n", run.Stdout);
        Assert.Equal("3 nodes, 2 edges\n", run.Stderr.ReplaceLineEndings("\n"));
    }

    [Fact]
    public void Diagram_Team_IsTheSameAsNoScope()
    {
        var run = CommandLineRun.Invoke(_generator, "diagram", Team, "--team");

        Assert.Equal(0, run.ExitCode);
        Assert.Equal(DiagramScopeKind.Team, Assert.Single(_generator.Requests).Scope.Kind);
    }

    [Fact]
    public void Diagram_RoleByNameWithDepth_AsksForItsNeighbourhoodByNodeId()
    {
        var run = CommandLineRun.Invoke(_generator, "diagram", Team, "--role", "DevOps Engineer", "--depth", "2");

        Assert.Equal(0, run.ExitCode);
        var scope = Assert.Single(_generator.Requests).Scope;
        Assert.Equal((DiagramScopeKind.Neighbourhood, 2), (scope.Kind, scope.Depth));
        Assert.Equal(["role:DO"], scope.RoleIds);
    }

    [Fact]
    public void Diagram_FromTo_AsksForTheChainsWithTheLimits()
    {
        var run = CommandLineRun.Invoke(_generator, "diagram", Team, "--from", "backend dev", "--to", "qa", "--max-hops", "3", "--max-paths", "5");

        Assert.Equal(0, run.ExitCode);
        var scope = Assert.Single(_generator.Requests).Scope;
        Assert.Equal((DiagramScopeKind.Chains, 3, 5), (scope.Kind, scope.MaxHops, scope.MaxPaths));
        Assert.Equal(["role:BE", "role:QA"], scope.RoleIds);
    }

    [Fact]
    public void Diagram_FromToWithoutLimits_UsesTheDefaults()
    {
        CommandLineRun.Invoke(_generator, "diagram", Team, "--from", "BE", "--to", "QA");

        Assert.Equal((4, 10), (_generator.Requests[0].Scope.MaxHops, _generator.Requests[0].Scope.MaxPaths));
    }

    [Fact]
    public void Diagram_Roles_ResolvesEachOnceInOrder()
    {
        var run = CommandLineRun.Invoke(_generator, "diagram", Team, "--roles", "DO, QA Engineer,tester");

        Assert.Equal(0, run.ExitCode);
        var scope = Assert.Single(_generator.Requests).Scope;
        Assert.Equal(DiagramScopeKind.Roles, scope.Kind);
        Assert.Equal(["role:DO", "role:QA"], scope.RoleIds);
    }

    [Fact]
    public void Diagram_Kinds_AreParsedCaseInsensitively()
    {
        var run = CommandLineRun.Invoke(_generator, "diagram", Team, "--kinds", "escalation,Handoff,collaboration,approval,communication");

        Assert.Equal(0, run.ExitCode);
        Assert.Equal(Enum.GetValues<EdgeKind>().ToHashSet(), _generator.Requests[0].Kinds!.ToHashSet());
    }

    [Theory]
    [InlineData("mermaid", DiagramFormat.Mermaid)]
    [InlineData("dot", DiagramFormat.Dot)]
    [InlineData("plantuml", DiagramFormat.PlantUml)]
    public void Diagram_Format_IsPassedOn(string name, DiagramFormat format)
    {
        var run = CommandLineRun.Invoke(_generator, "diagram", Team, "--format", name);

        Assert.Equal(0, run.ExitCode);
        Assert.Equal(format, _generator.Requests[0].Format);
    }

    [Fact]
    public void Diagram_WithOutputFile_WritesTheFileAndTheSummaryOnly()
    {
        var output = Path.Combine(_outputDir, "team.mmd");

        var run = CommandLineRun.Invoke(_generator, "diagram", Team, "-o", output);

        Assert.Equal(0, run.ExitCode);
        Assert.Empty(run.Stdout);
        Assert.Equal("Mermaid Team  Handoff\nsecond line\n", File.ReadAllText(output));
        Assert.Equal(["team.mmd"], Directory.GetFiles(_outputDir).Select(Path.GetFileName));
        Assert.Equal("3 nodes, 2 edges", run.Stderr.Trim());
    }

    [Theory]
    [InlineData("--role", "Ghost")]
    [InlineData("--from", "BE", "--to", "Ghost")]
    [InlineData("--roles", "DO,Ghost")]
    public void Diagram_UnknownRole_ExitsTwoNamingIt(params string[] options)
    {
        var run = CommandLineRun.Invoke(_generator, ["diagram", Team, .. options]);

        Assert.Equal(2, run.ExitCode);
        Assert.StartsWith("error: unknown role 'Ghost'", run.Stderr, StringComparison.Ordinal);
        Assert.Empty(run.Stdout);
        Assert.Empty(_generator.Requests);
    }

    [Theory]
    [InlineData("Give one scope (--team, --role, --from/--to or --roles), not --role and --roles.", "--role", "DO", "--roles", "QA")]
    [InlineData("not --team and --from/--to", "--team", "--from", "BE", "--to", "QA")]
    [InlineData("--from and --to go together.", "--from", "BE")]
    [InlineData("--depth goes with --role.", "--depth", "2")]
    [InlineData("--max-hops goes with --from/--to.", "--roles", "DO", "--max-hops", "2")]
    [InlineData("--max-paths must be from 1 to 100, not 0.", "--from", "BE", "--to", "QA", "--max-paths", "0")]
    [InlineData("Unknown edge kind 'handoffs' in --kinds", "--kinds", "handoff,handoffs")]
    [InlineData("Unknown edge kind '' in --kinds", "--kinds", "handoff,")]
    [InlineData("'svg'", "--format", "svg")]
    [InlineData("--roles needs a role code", "--roles", "DO,,QA")]
    [InlineData("Unrecognized command or argument", "--role", "DO", "extra")]
    [InlineData("Give --legend or --no-legend, not both.", "--legend", "--no-legend")]
    [InlineData("Give --documented or --undocumented, not both.", "--documented", "--undocumented")]
    [InlineData("Unknown handoff status 'sideways' in --statuses", "--statuses", "one-sided,sideways")]
    [InlineData("'sometimes'", "--merge-handoffs", "sometimes")]
    [InlineData("--groups needs a group name", "--groups", "Developers,")]
    public void Diagram_BadOptions_ExitTwoAndSayWhy(string message, params string[] options)
    {
        var run = CommandLineRun.Invoke(_generator, ["diagram", Team, .. options]);

        Assert.Equal(2, run.ExitCode);
        Assert.StartsWith("error: ", run.Stderr, StringComparison.Ordinal);
        Assert.Contains(message, run.Stderr, StringComparison.Ordinal);
        Assert.Contains("Run 'teamgraph diagram --help' for usage.", run.Stderr, StringComparison.Ordinal);
        Assert.Empty(_generator.Requests);
    }

    [Fact]
    public void Diagram_PresentationOptions_ArePassedOn()
    {
        var run = CommandLineRun.Invoke(_generator, "diagram", Team, "--title", "Ops \"view\"", "--no-legend", "--merge-handoffs", "always");

        Assert.Equal(0, run.ExitCode);
        var request = Assert.Single(_generator.Requests);
        Assert.Equal(("Ops \"view\"", false, DiagramMergeMode.Always), (request.Title, request.Legend, request.MergeParallel));
        Assert.Null(request.Filter);
    }

    [Fact]
    public void Diagram_NoPresentationOptions_LeaveTheDefaults()
    {
        CommandLineRun.Invoke(_generator, "diagram", Team, "--legend");
        CommandLineRun.Invoke(_generator, "diagram", Team);

        Assert.Equal([(null, true, DiagramMergeMode.Auto), (null, null, DiagramMergeMode.Auto)], _generator.Requests.Select(r => (r.Title, r.Legend, r.MergeParallel)));
    }

    [Fact]
    public void Diagram_Filters_AreResolvedAndPassedOn()
    {
        var run = CommandLineRun.Invoke(_generator, "diagram", Seed, "--statuses", "one-sided,CONFLICTING", "--groups", "developers", "--undocumented");

        Assert.Equal(0, run.ExitCode);
        var filter = Assert.Single(_generator.Requests).Filter!;
        Assert.Equal(["CONFLICTING", "ONE_SIDED"], filter.Statuses!.Order(StringComparer.Ordinal));
        Assert.Equal(["group:developers"], filter.GroupIds);
        Assert.False(filter.Documented);
    }

    [Fact]
    public void Diagram_UnknownGroup_ExitsTwoNamingIt()
    {
        var run = CommandLineRun.Invoke(_generator, "diagram", Seed, "--groups", "Ghosts");

        Assert.Equal(2, run.ExitCode);
        Assert.StartsWith("error: unknown group 'Ghosts'", run.Stderr, StringComparison.Ordinal);
        Assert.Empty(_generator.Requests);
    }

    [Fact]
    public void Diagram_SeedNeighbourhoodOfDevOps_DrawsItsOwnHandoffsTitledWithALegend()
    {
        var run = CommandLineRun.Invoke("diagram", Seed, "--role", "DO", "--depth", "1");

        Assert.Equal(0, run.ExitCode);
        Assert.StartsWith("---\ntitle: \"Neighbourhood of DevOps Engineer (depth 1) — handoffs\"\n---\nflowchart LR\n", run.Stdout, StringComparison.Ordinal);
        Assert.Contains("subgraph legend[\"Legend\"]", run.Stdout, StringComparison.Ordinal);
        Assert.Equal("9 nodes, 15 edges", run.Stderr.Trim());
    }

    [Fact]
    public void Diagram_SeedTeamMergedInDot_CountsParallelHandoffsAndDrawsNoGroupNode()
    {
        var run = CommandLineRun.Invoke("diagram", Seed, "-f", "dot", "--merge-handoffs", "always", "--no-legend", "--title", "Team \"A\"");

        Assert.Equal(0, run.ExitCode);
        Assert.Contains("label=\"2 handoffs:\\n⚠ Bug fixed (Fix на staging)\\n(one-sided)\\n⚠ Тестовые данные (one-sided)\"", run.Stdout, StringComparison.Ordinal);
        Assert.Contains("lhead=\"cluster_group_developers\"", run.Stdout, StringComparison.Ordinal);
        Assert.DoesNotContain("shape=\"folder\"", run.Stdout, StringComparison.Ordinal);
        Assert.DoesNotContain("cluster_legend", run.Stdout, StringComparison.Ordinal);
        Assert.Contains("label=\"Team \\\"A\\\"\";", run.Stdout, StringComparison.Ordinal);
    }

    [Fact]
    public void Diagram_RealGenerator_DrawsTheRoleAndSummarises()
    {
        var run = CommandLineRun.Invoke("diagram", Team, "--role", "DO", "--depth", "1");

        Assert.Equal(0, run.ExitCode);
        Assert.Contains("DO", run.Stdout, StringComparison.Ordinal);
        Assert.Matches(@"^\d+ nodes, \d+ edges$", run.Stderr.Trim());
    }

    public void Dispose() => Directory.Delete(_outputDir, recursive: true);
}
