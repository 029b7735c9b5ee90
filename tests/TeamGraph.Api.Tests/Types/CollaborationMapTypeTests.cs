namespace TeamGraph.Api.Tests.Types;

/// <summary>
/// A card's collaboration map through GraphQL: the seed DevOps map as written in seed/roles/devops-engineer.md, and the
/// same map with classes, styles, links, edge data and accessibility added, all kept.
/// </summary>
public sealed class CollaborationMapTypeTests(SeedApiFactory factory) : IClassFixture<SeedApiFactory>
{
    private const string CardPath = "roles/devops-engineer.md";

    private const string MapQuery = """
        { role(id: "DO") { document { collaborationMaps {
            id direction title description classDefs { name styles } defaultLinkStyles source { path line }
            nodes { mapId label shape classes styles link linkTarget tooltip callback data { key value } subgraph actor { id } source { line } }
            edges { from { id } to { id } label edgeId stroke bidirectional classes styles interpolate data { key value } source { line } }
        } } } }
        """;

    [Fact]
    public async Task CollaborationMaps_SeedDevOps_AreItsNodesAndEdgesAsWritten()
    {
        var data = await factory.CreateClient().QueryAsync(MapQuery);

        var map = Assert.Single(data.At("role.document.collaborationMaps").EnumerateArray());
        Assert.Equal(($"map:{CardPath}#1", "LR", CardPath, 227), (map.Text("id"), map.Text("direction"), map.Text("source.path"), map.Number("source.line")));
        var nodes = map.At("nodes").EnumerateArray().ToList();
        Assert.Equal(["DO", "TL", "BE", "FE", "QA"], nodes.Select(n => n.Text("mapId")));
        Assert.Equal(["DevOps", "Tech Lead", "Backend Dev", "Frontend Dev", "QA Engineer"], nodes.Select(n => n.Text("label")));
        Assert.Equal(["role:DO", "role:TL", "role:BE", "role:FE", "role:QA"], nodes.Select(n => n.Text("actor.id")));
        Assert.All(nodes, n => Assert.Equal("Rectangle", n.Text("shape")));
        var edges = map.At("edges").EnumerateArray().ToList();
        Assert.Equal(
            ["TL>DO infra requirements", "DO>TL capabilities", "BE>DO code", "FE>DO code", "QA>DO release approval", "DO>QA deployment status", "DO>TL alerts"],
            edges.Select(e => $"{e.Text("from.id")[5..]}>{e.Text("to.id")[5..]} {e.Text("label")}"));
        Assert.Equal([234, 235, 237, 238, 240, 241, 243], edges.Select(e => e.Number("source.line")));
        Assert.All(edges, e => Assert.Equal("normal", e.Text("stroke")));
    }

    [Fact]
    public async Task CollaborationMaps_WithStylingLinksDataAndAccessibility_KeepEverythingTheAuthorWrote()
    {
        using var docs = new TempDocsFolder();
        docs.Edit(CardPath, "    DO -->|alerts| TL\n", """
                DO -->|alerts| TL
                accTitle: DevOps map
                accDescr: Who DevOps works with
                QA e1@==> BE
                e1@{ animate: true }
                DO:::ops
                class TL,BE lead
                classDef ops fill:#f9f,stroke:#333
                style QA stroke-dasharray: 5 5
                linkStyle 0 stroke:red
                linkStyle default interpolate basis
                click TL "https://wiki.example/tl" "Tech Lead card" _blank
                click QA openCard

            """);
        using var api = new ReloadApiFactory(docs.Folder, watch: false);

        var data = await api.CreateClient().QueryAsync(MapQuery);

        var map = Assert.Single(data.At("role.document.collaborationMaps").EnumerateArray());
        Assert.Equal(("DevOps map", "Who DevOps works with"), (map.Text("title"), map.Text("description")));
        Assert.Equal("ops", map.Text("classDefs.0.name"));
        Assert.Equal(["fill:#f9f", "stroke:#333"], map.At("classDefs.0.styles").EnumerateArray().Select(s => s.GetString()));
        var nodes = map.At("nodes").EnumerateArray().ToDictionary(n => n.Text("mapId"));
        Assert.Equal(["ops"], nodes["DO"].At("classes").EnumerateArray().Select(c => c.GetString()));
        Assert.Equal(["lead"], nodes["BE"].At("classes").EnumerateArray().Select(c => c.GetString()));
        Assert.Equal(["stroke-dasharray: 5 5"], nodes["QA"].At("styles").EnumerateArray().Select(c => c.GetString()));
        Assert.Equal(("https://wiki.example/tl", "_blank", "Tech Lead card"), (nodes["TL"].Text("link"), nodes["TL"].Text("linkTarget"), nodes["TL"].Text("tooltip")));
        Assert.Equal("openCard", nodes["QA"].Text("callback"));
        var edges = map.At("edges").EnumerateArray().ToList();
        Assert.Equal(["stroke:red"], edges[0].At("styles").EnumerateArray().Select(s => s.GetString()));
        Assert.Equal("basis", edges[0].Text("interpolate"));
        var thick = Assert.Single(edges, e => e.Text("edgeId") == "e1");
        Assert.Equal(("role:QA", "role:BE", "thick"), (thick.Text("from.id"), thick.Text("to.id"), thick.Text("stroke")));
        Assert.Equal(("animate", "true"), (thick.Text("data.0.key"), thick.Text("data.0.value")));
    }
}
