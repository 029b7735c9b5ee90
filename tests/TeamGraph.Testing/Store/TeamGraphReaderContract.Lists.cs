using TeamGraph.Core.Diagrams;
using TeamGraph.Core.Graph;
using TeamGraph.Core.Graph.Schema;
using TeamGraph.Core.Ingestion.Building;
using TeamGraph.Core.Store;

namespace TeamGraph.Testing.Store;

/// <summary>The lists the API serves whole: nodes by label, handoffs by giver, receiver and status, and what diagrams draw.</summary>
public abstract partial class TeamGraphReaderContract
{
    [Fact]
    public async Task GetNodesLabelled_EveryLabel_IsEveryNodeOfItSortedById()
    {
        var reader = await ReaderAsync();

        foreach (var label in NodeLabels.All)
        {
            var nodes = await reader.GetNodesLabelledAsync(label, Token);

            Assert.Equal(Json(Seed.Nodes.Where(n => n.Label == label)), Json(nodes));
        }

        Assert.Contains((await reader.GetNodesLabelledAsync(NodeLabels.Document, Token)).Select(d => d.Id), id => id == "doc:roles/devops-engineer.md");
    }

    [Fact]
    public async Task FindHandoffs_EveryGiverReceiverAndStatus_AreTheHandoffsBetweenThemSortedById()
    {
        var reader = await ReaderAsync();
        string?[] actors = [null, .. Seed.Nodes.Where(n => n.IsActor).Select(n => n.Id)];
        string?[] statuses = [null, HandoffStatus.Conflicting];

        Assert.Equal(Seed.Nodes.Count(n => n.Label == NodeLabels.Handoff), (await reader.FindHandoffsAsync(null, null, null, Token)).Count);
        var qaToDevOps = await reader.FindHandoffsAsync("role:QA", "role:DO", null, Token);
        Assert.Contains(qaToDevOps, h => h.Get(HandoffProperties.What) == "Release sign-off" && h.Get(HandoffProperties.Status) == HandoffStatus.Conflicting);
        foreach (var giver in actors)
        {
            foreach (var receiver in new[] { null, "role:DO", "group:developers" })
            {
                foreach (var status in statuses)
                {
                    var handoffs = await reader.FindHandoffsAsync(giver, receiver, status, Token);

                    Assert.Equal(Json(await ((ITeamGraphReader)Expected).FindHandoffsAsync(giver, receiver, status, Token)), Json(handoffs));
                    Assert.All(handoffs, h => Assert.True(status is null || h.Get(HandoffProperties.Status) == status));
                }
            }
        }
    }

    [Fact]
    public async Task GetDiagramGraph_IsWhatDiagramsDraw_SoEveryDiagramOfItIsTheDiagramOfTheWholeGraph()
    {
        var reader = await ReaderAsync();
        var generator = new DiagramGenerator();
        DiagramScope[] scopes = [DiagramScope.Team(), DiagramScope.Neighbourhood("role:DO", 2), DiagramScope.Chains("role:BE", "role:QA", 3, 10), DiagramScope.Roles(["role:PM", "role:TL"])];

        var graph = await reader.GetDiagramGraphAsync(Token);

        Assert.Equal(Json(DiagramSubgraph.Of(Seed).Nodes), Json(graph.Nodes));
        Assert.Equal(Json(DiagramSubgraph.Of(Seed).Relationships), Json(graph.Relationships));
        foreach (var scope in scopes)
        {
            foreach (var format in Enum.GetValues<DiagramFormat>())
            {
                var kinds = Enum.GetValues<EdgeKind>().ToHashSet();
                Assert.Equal(generator.Generate(Seed, new DiagramRequest(scope, format, kinds)).Text, generator.Generate(graph, new DiagramRequest(scope, format, kinds)).Text);
            }
        }
    }
}
