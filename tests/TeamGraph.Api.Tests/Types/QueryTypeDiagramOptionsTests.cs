using System.Text.Json;

namespace TeamGraph.Api.Tests.Types;

/// <summary>
/// The <c>diagram</c> field's presentation arguments (title, legend, mergeParallel), its filters (statuses, groups,
/// documented) and the drawn nodes it lists for a page to make clickable, on the seed team.
/// </summary>
public sealed class QueryTypeDiagramOptionsTests(SeedApiFactory factory) : IClassFixture<SeedApiFactory>
{
    private readonly HttpClient _client = factory.CreateClient();

    [Fact]
    public async Task Diagram_Nodes_GiveEachDrawnActorItsKeyInTheText()
    {
        var data = await _client.QueryAsync("""
            { diagram(scope: { role: "DO" }, format: DOT) { text nodeCount nodes { key id label cluster actor { __typename id name } } } }
            """);
        var diagram = data.GetProperty("diagram");
        var nodes = diagram.GetProperty("nodes").EnumerateArray().ToList();

        Assert.Equal(diagram.Number("nodeCount"), nodes.Count);
        Assert.All(nodes, n => Assert.Contains($"\"{n.Text("key")}\"", diagram.Text("text"), StringComparison.Ordinal));
        Assert.All(nodes, n => Assert.Equal(n.Text("id"), n.Text("actor.id")));
        var devops = Assert.Single(nodes, n => n.Text("id") == "role:DO");
        Assert.Equal(("role_DO", "DevOps Engineer (DO)", false, "Role", "DevOps Engineer"),
            (devops.Text("key"), devops.Text("label"), devops.At("cluster").GetBoolean(), devops.Text("actor.__typename"), devops.Text("actor.name")));
        var developers = Assert.Single(nodes, n => n.Text("id") == "group:developers");
        Assert.True(developers.At("cluster").GetBoolean());
        Assert.Equal("Group", developers.Text("actor.__typename"));
        Assert.Contains("subgraph \"cluster_group_developers\"", diagram.Text("text"), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Diagram_TitleLegendAndMerging_AreApplied()
    {
        var data = await _client.QueryAsync("""
            { diagram(scope: { role: "DO" }, title: "Ops \"view\"", legend: false, mergeParallel: ALWAYS) { text edgeCount } }
            """);
        var text = data.Text("diagram.text");

        Assert.StartsWith("---\ntitle: \"Ops \\\"view\\\"\"\n---\nflowchart LR\n", text, StringComparison.Ordinal);
        Assert.DoesNotContain("legend", text, StringComparison.Ordinal);
        Assert.Contains("role_DO -->|\"2 handoffs:<br/>⚠ Incident reports (one-sided)<br/>⚠ Incident resolved (Post-incident) (one-sided)\"| role_TL", text, StringComparison.Ordinal);
        Assert.Equal(13, data.Number("diagram.edgeCount"));
    }

    [Fact]
    public async Task Diagram_Defaults_AreATitleALegendAndOneEdgePerHandoffInASmallView()
    {
        var data = await _client.QueryAsync("""{ diagram(scope: { role: "DO" }) { text edgeCount } }""");

        Assert.StartsWith("---\ntitle: \"Neighbourhood of DevOps Engineer (depth 1) — handoffs\"\n---\n", data.Text("diagram.text"), StringComparison.Ordinal);
        Assert.Contains("subgraph legend[\"Legend\"]", data.Text("diagram.text"), StringComparison.Ordinal);
        Assert.Equal(15, data.Number("diagram.edgeCount"));
    }

    [Fact]
    public async Task Diagram_Filters_NarrowTheTeam()
    {
        var data = await _client.QueryAsync("""
            { diagram(scope: { team: true }, statuses: [ONE_SIDED], groups: ["developers"], documented: true) { text nodeCount edgeCount nodes { id } } }
            """);

        Assert.StartsWith("---\ntitle: \"Whole team — handoffs; status one-sided; group Developers; documented roles\"\n", data.Text("diagram.text"), StringComparison.Ordinal);
        Assert.Equal(["role:BE", "role:FE", "role:PM", "role:QA", "role:TL"], data.GetProperty("diagram").GetProperty("nodes").EnumerateArray().Select(n => n.Text("id")));
        Assert.Equal(5, data.Number("diagram.edgeCount"));
        Assert.DoesNotContain("(conflicting)", data.Text("diagram.text"), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Diagram_UnknownGroup_IsAnUnknownActorError()
    {
        using var response = await _client.PostAsync("/graphql", new StringContent(
            """{"query":"{ diagram(scope: {team: true}, groups: [\"Ghosts\"]) { text } }"}""", System.Text.Encoding.UTF8, "application/json"),
            TestContext.Current.CancellationToken);
        var root = JsonDocument.Parse(await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken)).RootElement;

        Assert.StartsWith("Unknown actor 'Ghosts'", root.Text("errors.0.message"), StringComparison.Ordinal);
        Assert.Equal("UNKNOWN_ACTOR", root.Text("errors.0.extensions.code"));
    }
}
