using TeamGraph.Core.Cards;
using TeamGraph.Core.Diagnostics;
using TeamGraph.Core.Graph;
using TeamGraph.Core.Ingestion.Building;
using TeamGraph.Core.Ingestion.Mermaid;
using TeamGraph.Core.Ingestion.Resolution;
using static TeamGraph.Core.Tests.CardFactory;

namespace TeamGraph.Core.Tests.Ingestion.Building;

public class TeamGraphBuilderTests
{
    private const string DevOpsPath = "roles/devops.md";
    private const string QaPath = "roles/qa.md";

    private readonly List<Diagnostic> _diagnostics = [];

    private PropertyGraph BuildTeam(params SourceDocument[] extra)
    {
        var devops = Card(DevOpsPath, "DO", "DevOps Engineer") with
        {
            Inputs =
            [
                Flow(DevOpsPath, 20, "QA", "Release approval", "Jira"),
                Flow(DevOpsPath, 21, "Developers", "Merged code", "GitHub"),
                Flow(DevOpsPath, 22, "Monitoring", "Alerts", "Automated"),
            ],
            Outputs =
            [
                Flow(DevOpsPath, 30, "QA", "Staging deployments", "Notifications"),
                Flow(DevOpsPath, 31, "PM", "Uptime reports", "Reports"),
                Flow(DevOpsPath, 32, "QA", "Test environment", "URL"),
            ],
        };
        var qa = Card(QaPath, "QA", "QA Engineer") with
        {
            Outputs = [Flow(QaPath, 12, "DevOps", "Release approvals", "Jira")],
            Inputs = [Flow(QaPath, 10, "DevOps Engineer", "Staging deployment", "Slack")],
        };
        var chart = Chart(DevOpsPath, ("DO", "DevOps"), ("QA", "QA Engineer"), ("BE", "Backend Dev"), ("FE", "Frontend Dev"));
        return TeamGraphBuilder.Build(TeamRegistry.Empty, [Document(devops, chart), Document(qa), .. extra], _diagnostics);
    }

    private static GraphNode HandoffAbout(PropertyGraph graph, string what) =>
        Assert.Single(graph.Nodes, n => n.Label == NodeLabels.Handoff && NameNormalizer.Loosen((string)n.Properties["what"]) == NameNormalizer.Loosen(what));

    [Fact]
    public void Build_SameHandoffInBothCards_MergesIntoOneConfirmedHandoffWithBothDeclarations()
    {
        var graph = BuildTeam();

        var handoff = HandoffAbout(graph, "Release approval");
        Assert.Equal(HandoffStatus.Confirmed, handoff.Properties["status"]);
        var declarations = graph.Relationships.Where(r => r.Type == RelationshipTypes.Declares && r.EndId == handoff.Id).ToList();
        Assert.Equal(["doc:roles/devops.md", "doc:roles/qa.md"], declarations.Select(d => d.StartId).Order());
        Assert.Equal(["input", "output"], declarations.Select(d => (string)d.Properties["side"]).Order());
        Assert.Equal(["roles/devops.md:20", "roles/qa.md:12"], (string[])handoff.Properties["sources"]);
        Assert.Contains(graph.Relationships, r => r.Type == RelationshipTypes.Gives && r.StartId == "role:QA" && r.EndId == handoff.Id);
        Assert.Contains(graph.Relationships, r => r.Type == RelationshipTypes.To && r.StartId == handoff.Id && r.EndId == "role:DO");
        Assert.Contains(graph.Relationships, r => r.Type == RelationshipTypes.HandsOff && r.StartId == "role:QA" && r.EndId == "role:DO");
    }

    [Fact]
    public void Build_BothSidesDeclareWithDifferentFormats_IsConflicting()
    {
        Assert.Equal(HandoffStatus.Conflicting, HandoffAbout(BuildTeam(), "Staging deployments").Properties["status"]);
    }

    [Fact]
    public void Build_DocumentedPeerDoesNotMentionIt_IsOneSided()
    {
        Assert.Equal(HandoffStatus.OneSided, HandoffAbout(BuildTeam(), "Test environment").Properties["status"]);
    }

    [Theory]
    [InlineData("Merged code")]
    [InlineData("Alerts")]
    [InlineData("Uptime reports")]
    public void Build_PeerWithoutCard_IsUndocumentedPeer(string what)
    {
        Assert.Equal(HandoffStatus.UndocumentedPeer, HandoffAbout(BuildTeam(), what).Properties["status"]);
    }

    [Fact]
    public void Build_BuiltInGroupWords_BecomeGroupsWithGuessedMembersAndAWarning()
    {
        var graph = BuildTeam();

        var developers = Assert.Single(graph.Nodes, n => n.Id == "group:developers");
        Assert.Equal(["BE", "FE"], (string[])developers.Properties["members"]);
        Assert.Contains(graph.Relationships, r => r.Type == RelationshipTypes.MemberOf && r.StartId == "role:BE" && r.EndId == developers.Id);
        Assert.Contains(_diagnostics, d => d.Code == ResolutionDiagnosticCodes.NotInRegistry && d.Message.Contains("'Developers'", StringComparison.Ordinal) && d.Line == 21);
    }

    [Fact]
    public void Build_SystemsAndOutsidePartiesAreExternalActors()
    {
        var monitoring = Assert.Single(BuildTeam().Nodes, n => n.Id == "external:monitoring");
        Assert.Equal(NodeLabels.ExternalActor, monitoring.Label);
        Assert.Equal("system", monitoring.Properties["kind"]);
    }

    [Fact]
    public void Build_UnknownCode_BecomesUndocumentedRoleWithAWarningCitingTheRow()
    {
        var graph = BuildTeam();

        var pm = Assert.Single(graph.Nodes, n => n.Id == "role:PM");
        Assert.False((bool)pm.Properties["documented"]);
        var warning = Assert.Single(_diagnostics, d => d.Code == ResolutionDiagnosticCodes.UnresolvedName);
        Assert.Equal((DevOpsPath, 31), (warning.Path, warning.Line));
    }

    [Fact]
    public void Build_MermaidLabels_BecomeNamesOfTheRoles()
    {
        var graph = BuildTeam();

        var devops = graph.FindNode("role:DO")!;
        Assert.Contains("DevOps", (string[])devops.Properties["aliases"]);
        Assert.True((bool)devops.Properties["documented"]);
        var backend = graph.FindNode("role:BE")!;
        Assert.Equal("Backend Dev", backend.Properties["name"]);
        Assert.False((bool)backend.Properties["documented"]);
    }

    [Fact]
    public void Build_MapWithAnInvalidLinkAndAccessibilityInASubgraph_KeepsTheEdgeAndMakesNoActorOfTheText()
    {
        const string Map = "graph LR\n  subgraph ops\n    accTitle: Night shift\n    DO <-- hands over --o QA\n    ;\n  end";
        var chart = new MermaidFlowchartParser().Parse(new MermaidBlock(Map, 40, DevOpsPath), _diagnostics)!;
        var devops = Card(DevOpsPath, "DO", "DevOps Engineer");

        var graph = TeamGraphBuilder.Build(TeamRegistry.Empty, [Document(devops, chart), Document(Card(QaPath, "QA", "QA Engineer"))], _diagnostics);

        var edge = Assert.Single(graph.Relationships, r => r.Type == RelationshipTypes.Collaborates);
        Assert.Equal(("role:DO", "role:QA", "invalid"), (edge.StartId, edge.EndId, edge.Properties["stroke"]));
        Assert.Equal(["Night shift", ";"], chart.Subgraphs[0].NonNodeMembers);
        Assert.DoesNotContain(graph.Nodes, n => n.Properties.Values.OfType<string>().Any(v => v.Contains("Night shift", StringComparison.Ordinal) && n.Label != NodeLabels.CollaborationMap));
        Assert.Single(_diagnostics, d => d.Code == MermaidDiagnosticCodes.InvalidLink);
    }

    [Fact]
    public void Build_TwoCardsClaimTheSameCode_ReportsTheLaterCardAndKeepsTheFirst()
    {
        var copy = Card("roles/zz-devops-copy.md", "DO", "DevOps Again") with { Outputs = [Flow("roles/zz-devops-copy.md", 9, "QA", "Surprise", null)] };

        var graph = BuildTeam(Document(copy));

        var error = Assert.Single(_diagnostics, d => d.Code == ResolutionDiagnosticCodes.DuplicateRoleCode);
        Assert.Equal(("roles/zz-devops-copy.md", DiagnosticSeverity.Error), (error.Path, error.Severity));
        Assert.Contains("roles/devops.md", error.Message, StringComparison.Ordinal);
        Assert.Equal("DevOps Engineer", graph.FindNode("role:DO")!.Properties["name"]);
        Assert.NotNull(graph.FindNode("doc:roles/zz-devops-copy.md"));
        Assert.DoesNotContain(graph.Nodes, n => n.Label == NodeLabels.Handoff && (string)n.Properties["what"] == "Surprise");
    }

    [Fact]
    public void Build_EveryNodeAndRelationship_HasASource()
    {
        var graph = BuildTeam();

        Assert.All(graph.Nodes, n => Assert.Matches(@"^roles/.+\.md:\d+$", (string)n.Properties["source"]));
        Assert.All(graph.Relationships, r => Assert.Matches(@"^roles/.+\.md:\d+$", (string)r.Properties["source"]));
    }

    [Fact]
    public void Build_Twice_GivesTheSameIds()
    {
        var first = BuildTeam();
        var second = BuildTeam();

        Assert.Equal(first.Nodes.Select(n => n.Id), second.Nodes.Select(n => n.Id));
        Assert.Equal(first.Relationships.Select(r => r.Id), second.Relationships.Select(r => r.Id));
    }

    [Fact]
    public void Build_GroupAndItsMembersDeclareOneHandoff_MergesUnderTheGroup()
    {
        var backend = Card("roles/be.md", "BE", "Backend Dev") with { Outputs = [Flow("roles/be.md", 5, "DevOps", "Merged code", "GitHub")] };

        var graph = BuildTeam(Document(backend));

        var merged = HandoffAbout(graph, "Merged code");
        Assert.StartsWith("handoff:developers>DO:", merged.Id, StringComparison.Ordinal);
        Assert.Equal(["roles/be.md:5", "roles/devops.md:21"], (string[])merged.Properties["sources"]);
        Assert.Contains(graph.Relationships, r => r.Type == RelationshipTypes.Gives && r.StartId == "group:developers" && r.EndId == merged.Id);
    }

    [Fact]
    public void Build_GroupReceiverConfirmedByAMember_IsConfirmed()
    {
        var devops = Card("roles/devops.md", "DO", "DevOps Engineer") with { Outputs = [Flow("roles/devops.md", 9, "Team", "Deployment status", "Slack")] };
        var qa = Card("roles/qa.md", "QA", "QA Engineer") with { Inputs = [Flow("roles/qa.md", 4, "DevOps Engineer", "Deployment statuses", "Slack")] };

        var graph = TeamGraphBuilder.Build(TeamRegistry.Empty, [Document(devops), Document(qa)], _diagnostics);

        var handoff = HandoffAbout(graph, "Deployment status");
        Assert.Equal(HandoffStatus.Confirmed, handoff.Properties["status"]);
        Assert.Equal("group:team", Assert.Single(graph.Relationships, r => r.Type == RelationshipTypes.To && r.StartId == handoff.Id).EndId);
    }

    [Fact]
    public void Build_BothCardsSayTheyReceiveTheSameThingFromEachOther_IsADirectionConflict()
    {
        var devops = Card("roles/devops.md", "DO", "DevOps Engineer") with { Inputs = [Flow("roles/devops.md", 9, "QA", "Release approval")] };
        var qa = Card("roles/qa.md", "QA", "QA Engineer") with { Inputs = [Flow("roles/qa.md", 4, "DevOps", "Release approvals")] };

        var graph = TeamGraphBuilder.Build(TeamRegistry.Empty, [Document(devops), Document(qa)], _diagnostics);

        var handoff = HandoffAbout(graph, "Release approval");
        Assert.Equal(HandoffStatus.Conflicting, handoff.Properties["status"]);
        Assert.Equal(["direction"], (string[])handoff.Properties["conflicts"]);
    }

    [Fact]
    public void Build_TwoRowsOfOneTableToDifferentPeople_StayTwoHandoffs()
    {
        var devops = Card("roles/devops.md", "DO", "DevOps Engineer") with
        {
            Outputs = [Flow("roles/devops.md", 9, "QA", "Reports"), Flow("roles/devops.md", 10, "PM", "Reports")],
        };

        var graph = TeamGraphBuilder.Build(TeamRegistry.Empty, [Document(devops)], _diagnostics);

        Assert.Equal(2, graph.Nodes.Count(n => n.Label == NodeLabels.Handoff));
    }
}
