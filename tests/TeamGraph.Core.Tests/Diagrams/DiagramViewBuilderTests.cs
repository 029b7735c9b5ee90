using TeamGraph.Core.Diagrams;

namespace TeamGraph.Core.Tests.Diagrams;

public sealed class DiagramViewBuilderTests
{
    private static readonly IReadOnlySet<EdgeKind> Handoffs = DiagramCatalogue.Handoffs;

    [Fact]
    public void Build_SeedTeam_HasEveryDocumentedRoleAndNestsTheDevelopersInTheTeam()
    {
        var view = DiagramViewBuilder.Build(DiagramCatalogue.Seed, new DiagramRequest(DiagramScope.Team()));

        Assert.Superset(new HashSet<string> { "role:BE", "role:DO", "role:FE", "role:PM", "role:QA", "role:TL" }, view.Nodes.Select(n => n.Id).ToHashSet());
        var developers = Assert.Single(view.Clusters, c => c.GroupId == "group:developers");
        Assert.Equal("group:team", developers.ParentGroupId);
        Assert.Equal(["role:BE", "role:FE"], developers.NodeIds);
        Assert.Empty(view.Memberships);
        Assert.Equal("DevOps Engineer (DO)", view.Node("role:DO").Label);
        Assert.Equal("role_DO", view.Node("role:DO").Key);
        Assert.All(view.Edges, e => Assert.Equal(EdgeKind.Handoff, e.Kind));
    }

    [Fact]
    public void Build_ParallelHandoffsMergedAlways_AreOneCountedEdgePerStatus()
    {
        var graph = new TeamBuilder().Roles("A", "B")
            .Handoff("A", "Specs", "CONFIRMED", null, "B").Handoff("A", "Builds", "CONFIRMED", "nightly", "B")
            .Handoff("A", "Secrets", "ONE_SIDED", null, "B").Handoff("A", "Keys", "CONFLICTING", null, "B").Build();

        var view = DiagramViewBuilder.Build(graph, new DiagramRequest(DiagramScope.Team()) { MergeParallel = DiagramMergeMode.Always });

        Assert.Equal(
            ["CONFIRMED 2 False 2 handoffs: | Builds (nightly) | Specs", "CONFLICTING 1 True ⚠ Keys (conflicting)", "ONE_SIDED 1 True ⚠ Secrets (one-sided)"],
            view.Edges.Select(e => $"{e.Status} {e.Count} {e.Flagged} {string.Join(" | ", e.Labels)}").Order(StringComparer.Ordinal));
    }

    [Fact]
    public void Build_ParallelHandoffsNeverMerged_AreOneEdgeEach()
    {
        var graph = new TeamBuilder().Roles("A", "B")
            .Handoff("A", "Specs", "CONFIRMED", null, "B").Handoff("A", "Builds", "CONFIRMED", null, "B").Handoff("A", "Specs", "CONFIRMED", null, "B").Build();

        var view = DiagramViewBuilder.Build(graph, new DiagramRequest(DiagramScope.Team()) { MergeParallel = DiagramMergeMode.Never });

        Assert.Equal([["Builds"], ["Specs"]], view.Edges.Select(e => e.Labels));
        Assert.All(view.Edges, e => Assert.Equal(1, e.Count));
    }

    [Theory]
    [InlineData(DiagramRequest.AutoMergeThreshold, DiagramRequest.AutoMergeThreshold)]
    [InlineData(DiagramRequest.AutoMergeThreshold + 1, 1)]
    public void Build_AutoMerge_MergesOnlyPastTheThreshold(int handoffs, int expectedEdges)
    {
        var builder = new TeamBuilder().Roles("A", "B");
        for (var i = 0; i < handoffs; i++)
        {
            builder.Handoff("A", $"h{i:D2}", "CONFIRMED", null, "B");
        }

        var view = DiagramViewBuilder.Build(builder.Build(), new DiagramRequest(DiagramScope.Team()));

        Assert.Equal(expectedEdges, view.Edges.Count);
        Assert.Equal(handoffs, view.Edges.Sum(e => e.Count));
    }

    [Fact]
    public void Build_ManyLongLabelsMerged_AreCappedAndCounted()
    {
        var builder = new TeamBuilder().Roles("A", "B");
        for (var i = 0; i < 8; i++)
        {
            builder.Handoff("A", $"{i} {new string('x', 100)}", "CONFIRMED", null, "B");
        }

        var request = new DiagramRequest(DiagramScope.Team()) { MergeParallel = DiagramMergeMode.Always };
        var edge = Assert.Single(DiagramViewBuilder.Build(builder.Build(), request).Edges);

        Assert.Equal(8, edge.Count);
        Assert.Equal("8 handoffs:", edge.Labels[0]);
        Assert.Equal("+6 more", edge.Labels[^1]);
        Assert.Equal(DiagramLabels.MaxNamesPerMergedEdge + 2, edge.Labels.Count);
        Assert.All(edge.Labels.Skip(1).SkipLast(1), l => Assert.Equal(DiagramLabels.MaxTextLength, l.Length));
        Assert.All(edge.Labels.Skip(1).SkipLast(1), l => Assert.EndsWith("…", l, StringComparison.Ordinal));
    }

    [Fact]
    public void Build_OverlappingGroups_PutsTheMemberInTheSmallerBoxAndLinksTheOther()
    {
        var graph = new TeamBuilder().Roles("A", "B", "C").Group("ops", "A", "B").Group("devs", "B", "C")
            .Handoff("A", "x", "CONFIRMED", null, "C").Build();

        var view = DiagramViewBuilder.Build(graph, new DiagramRequest(DiagramScope.Team()));

        Assert.Equal(["group:devs", "group:ops"], view.Clusters.Select(c => c.GroupId));
        Assert.All(view.Clusters, c => Assert.Null(c.ParentGroupId));
        var boxOfB = view.Clusters.Single(c => c.NodeIds.Contains("role:B")).GroupId;
        var otherGroup = boxOfB == "group:ops" ? "group:devs" : "group:ops";
        Assert.Equal([new DiagramMembership("role:B", otherGroup)], view.Memberships);
        Assert.Equal(view.Edges.Count + 1, view.DrawnEdgeCount);
    }

    [Fact]
    public void Build_Neighbourhood_ReachesGroupMembersAndStopsAtTheDepth()
    {
        var graph = new TeamBuilder().Roles("A", "B", "C", "D", "E").Group("g", "B", "C")
            .Handoff("A", "to group", "CONFIRMED", null, "group:g").Handoff("C", "next", "CONFIRMED", null, "D")
            .Handoff("D", "far", "CONFIRMED", null, "E").Build();

        var depth1 = DiagramViewBuilder.Build(graph, new DiagramRequest(DiagramScope.Neighbourhood("role:A", 1)));
        var depth2 = DiagramViewBuilder.Build(graph, new DiagramRequest(DiagramScope.Neighbourhood("role:A", 2)));

        Assert.Equal(["group:g", "role:A", "role:B", "role:C"], depth1.Nodes.Select(n => n.Id));
        Assert.Equal([("role:A", "group:g")], depth1.Edges.Select(e => (e.FromId, e.ToId)));
        Assert.Equal(["group:g", "role:A", "role:B", "role:C", "role:D"], depth2.Nodes.Select(n => n.Id));
        Assert.Equal([("role:A", "group:g"), ("role:C", "role:D")], depth2.Edges.Select(e => (e.FromId, e.ToId)));
    }

    [Fact]
    public void Build_ChainsBackendToQa_DrawsEachHopOnce()
    {
        var view = DiagramViewBuilder.Build(DiagramCatalogue.Seed, new DiagramRequest(DiagramScope.Chains("role:BE", "role:QA")));

        Assert.Contains(view.Edges, e => e.FromId == "role:DO" && e.ToId == "role:QA" && e.Labels.Contains("⚠ Staging deployments (conflicting)"));
        Assert.Contains(view.Edges, e => e.FromId == "role:BE" && e.ToId == "role:QA" && e.Labels.Any(l => l.StartsWith("⚠ Фичи на тестирование", StringComparison.Ordinal) && l.EndsWith("via Developers (conflicting)", StringComparison.Ordinal)));
        Assert.Equal(view.Edges.Count, view.Edges.Select(e => (e.FromId, e.ToId, e.Status, string.Join("\n", e.Labels))).Distinct().Count());
        Assert.Empty(view.Clusters);
    }

    [Fact]
    public void Build_Roles_DrawsOnlyRelationshipsAmongThem()
    {
        var graph = new TeamBuilder().Roles("A", "B", "C")
            .Handoff("A", "ab", "CONFIRMED", null, "B").Handoff("B", "bc", "CONFIRMED", null, "C").Build();

        var view = DiagramViewBuilder.Build(graph, new DiagramRequest(DiagramScope.Roles("role:A", "role:B"), Kinds: Handoffs));

        Assert.Equal(["role:A", "role:B"], view.Nodes.Select(n => n.Id));
        Assert.Equal(["ab"], Assert.Single(view.Edges).Labels);
    }

    [Theory]
    [InlineData("role:NOPE")]
    [InlineData("handoff:0")]
    public void Build_ScopeNamingNoActor_Throws(string id)
    {
        var graph = new TeamBuilder().Roles("A").Handoff("A", "x", "CONFIRMED", null, "A").Build();

        Assert.Throws<ArgumentException>(() => DiagramViewBuilder.Build(graph, new DiagramRequest(DiagramScope.Neighbourhood(id))));
        Assert.Throws<ArgumentOutOfRangeException>(() => DiagramViewBuilder.Build(graph, new DiagramRequest(DiagramScope.Neighbourhood("role:A", -1))));
    }

    [Fact]
    public void Build_NastyIds_GetDistinctSafeKeys()
    {
        var view = DiagramViewBuilder.Build(NastyTeam.EveryText(), new DiagramRequest(DiagramScope.Team()));

        Assert.Equal(view.Nodes.Count, view.Nodes.Select(n => n.Key).Distinct().Count());
        Assert.All(view.Nodes, n => Assert.Matches("^(role|group|external)_[A-Za-z0-9_]+$", n.Key));
        Assert.Equal("role_end", view.Node("role:end").Key);
    }
}
