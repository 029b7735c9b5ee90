using TeamGraph.Core.Diagrams;

namespace TeamGraph.Core.Tests.Diagrams;

/// <summary>The request's title, legend and filters, on small made-up teams and on the seed.</summary>
public sealed class DiagramViewBuilderOptionsTests
{
    private static readonly IReadOnlySet<EdgeKind> Handoffs = DiagramCatalogue.Handoffs;

    [Fact]
    public void Build_SeedNeighbourhoodOfDevOps_IsTitledAndHoldsOnlyItsOwnEdges()
    {
        var view = DiagramViewBuilder.Build(DiagramCatalogue.Seed, new DiagramRequest(DiagramScope.Neighbourhood("role:DO")));

        Assert.Equal("Neighbourhood of DevOps Engineer (depth 1) — handoffs", view.Title);
        Assert.All(view.Edges, e => Assert.Contains("role:DO", new[] { e.FromId, e.ToId }));
        Assert.Equal(15, view.Edges.Count);
        Assert.Equal([DiagramLineStyle.Handoff, DiagramLineStyle.FlaggedHandoff], view.Legend);
    }

    [Fact]
    public void Build_TitlesOfEachScope_SayWhatIsDrawn()
    {
        var seed = DiagramCatalogue.Seed;
        string Title(DiagramRequest request) => DiagramViewBuilder.Build(seed, request).Title;

        Assert.Equal("Whole team — handoffs, collaborations, escalations, approvals, meetings", Title(new(DiagramScope.Team(), Kinds: DiagramCatalogue.EveryKind)));
        Assert.Equal("Handoff chains from Backend Developer to QA Engineer (at most 4 hops) — handoffs", Title(new(DiagramScope.Chains("role:BE", "role:QA"))));
        Assert.Equal("DevOps Engineer, QA Engineer and Developers — handoffs", Title(new(DiagramScope.Roles("role:DO", "role:QA", "group:developers"))));
        Assert.Equal("Whole team — handoffs; status conflicting, one-sided; group Developers; documented roles", Title(new(DiagramScope.Team())
        {
            Filter = new DiagramFilter(new HashSet<string> { "ONE_SIDED", "CONFLICTING" }, ["group:developers"], Documented: true),
        }));
        Assert.Equal("Ours \"quoted\"", Title(new(DiagramScope.Team()) { Title = "Ours \"quoted\"" }));
    }

    [Theory]
    [InlineData(null, "CONFIRMED", "")]
    [InlineData(null, "ONE_SIDED", "Handoff FlaggedHandoff")]
    [InlineData(false, "ONE_SIDED", "")]
    [InlineData(true, "CONFIRMED", "Handoff")]
    public void Build_Legend_ExplainsTheStylesDrawnWhenThereIsMoreThanOneOrWhenAsked(bool? legend, string secondStatus, string expected)
    {
        var graph = new TeamBuilder().Roles("A", "B").Handoff("A", "x", "CONFIRMED", null, "B").Handoff("B", "y", secondStatus, null, "A").Build();

        var view = DiagramViewBuilder.Build(graph, new DiagramRequest(DiagramScope.Team()) { Legend = legend });

        Assert.Equal(expected, string.Join(" ", view.Legend));
    }

    [Fact]
    public void Build_StatusFilter_KeepsOnlyThoseHandoffsAndReachesAlongThem()
    {
        var graph = new TeamBuilder().Roles("A", "B", "C")
            .Handoff("A", "ab", "CONFIRMED", null, "B").Handoff("A", "ac", "ONE_SIDED", null, "C").Handoff("C", "cb", "ONE_SIDED", null, "B").Build();
        var filter = new DiagramFilter(Statuses: new HashSet<string> { "ONE_SIDED" });

        var team = DiagramViewBuilder.Build(graph, new DiagramRequest(DiagramScope.Team()) { Filter = filter });
        var neighbourhood = DiagramViewBuilder.Build(graph, new DiagramRequest(DiagramScope.Neighbourhood("role:B")) { Filter = filter });

        Assert.Equal(["⚠ ac (one-sided)", "⚠ cb (one-sided)"], team.Edges.Select(e => e.Labels[0]).Order(StringComparer.Ordinal));
        Assert.Equal(["role:B", "role:C"], neighbourhood.Nodes.Select(n => n.Id));
    }

    [Fact]
    public void Build_GroupFilter_DrawsTheMembersWithTheirRelationshipsOnly()
    {
        var graph = new TeamBuilder().Roles("A", "B", "C", "D").Group("devs", "A", "B")
            .Handoff("A", "ab", "CONFIRMED", null, "B").Handoff("B", "bc", "CONFIRMED", null, "C")
            .Handoff("C", "cd", "CONFIRMED", null, "D").Handoff("D", "to devs", "CONFIRMED", null, "group:devs").Build();

        var view = DiagramViewBuilder.Build(graph, new DiagramRequest(DiagramScope.Team()) { Filter = new DiagramFilter(GroupIds: ["group:devs"]) });

        Assert.Equal(["group:devs", "role:A", "role:B", "role:C", "role:D"], view.Nodes.Select(n => n.Id));
        Assert.Equal(["ab", "bc", "to devs"], view.Edges.Select(e => e.Labels[0]).Order(StringComparer.Ordinal));
        Assert.Equal(["role:A", "role:B"], Assert.Single(view.Clusters).NodeIds);
    }

    [Fact]
    public void Build_DocumentedFilter_SelectsRolesByCard()
    {
        var graph = new TeamBuilder().Roles("A", "B", "C").Undocumented("U")
            .Handoff("A", "ab", "CONFIRMED", null, "B").Handoff("A", "au", "UNDOCUMENTED_PEER", null, "U").Build();

        var undocumented = DiagramViewBuilder.Build(graph, new DiagramRequest(DiagramScope.Team()) { Filter = new DiagramFilter(Documented: false) });
        var documented = DiagramViewBuilder.Build(graph, new DiagramRequest(DiagramScope.Team()) { Filter = new DiagramFilter(Documented: true) });

        Assert.Equal(["role:A", "role:U"], undocumented.Nodes.Select(n => n.Id));
        Assert.Equal(["au"], undocumented.Edges.Select(e => e.Labels[0]));
        Assert.Equal(["role:A", "role:B", "role:C", "role:U"], documented.Nodes.Select(n => n.Id));
    }

    [Fact]
    public void Build_GroupFilterNamingNoGroup_Throws()
    {
        var graph = new TeamBuilder().Roles("A").Build();

        Assert.Throws<ArgumentException>(() => DiagramViewBuilder.Build(graph, new DiagramRequest(DiagramScope.Team(), Kinds: Handoffs)
        {
            Filter = new DiagramFilter(GroupIds: ["role:A"]),
        }));
    }

    [Fact]
    public void Build_MermaidPastItsEdgeLimit_IsMergedEvenUnderNever_WhileDotKeepsOneEdgeEach()
    {
        // Mermaid refuses a flowchart of 500 edges or more: 490 handoffs from A to B must not come out one edge each.
        var team = new TeamBuilder().Roles("A", "B");
        for (var i = 0; i < DiagramRequest.MermaidUnmergedEdgeLimit + 10; i++)
        {
            team.Handoff("A", $"thing {i}", "CONFIRMED", null, "B");
        }

        var graph = team.Build();
        DiagramView View(DiagramFormat format) =>
            DiagramViewBuilder.Build(graph, new DiagramRequest(DiagramScope.Team(), format) { MergeParallel = DiagramMergeMode.Never });

        var merged = Assert.Single(View(DiagramFormat.Mermaid).Edges);
        Assert.Equal(DiagramRequest.MermaidUnmergedEdgeLimit + 10, merged.Count);
        Assert.Equal(DiagramRequest.MermaidUnmergedEdgeLimit + 10, View(DiagramFormat.Dot).Edges.Count);
    }
}
