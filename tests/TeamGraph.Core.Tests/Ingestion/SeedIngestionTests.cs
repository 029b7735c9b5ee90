using TeamGraph.Core.Diagnostics;
using TeamGraph.Core.Graph;
using TeamGraph.Core.Ingestion;
using TeamGraph.Core.Ingestion.Building;

namespace TeamGraph.Core.Tests.Ingestion;

/// <summary>The real seed folder, ingested end to end, checked against the facts in ../shared/seed/README.md.</summary>
public class SeedIngestionTests
{
    private const string CardPath = "roles/devops-engineer.md";
    private static readonly Lazy<IngestionResult> s_result = new(() => new FolderIngester().Ingest(Path.Combine(TestPaths.RepoRoot, "seed")));

    private static PropertyGraph Graph => s_result.Value.Graph;

    private static List<GraphRelationship> From(string nodeId, string type) =>
        [.. Graph.Relationships.Where(r => r.StartId == nodeId && r.Type == type)];

    [Fact]
    public void Seed_RoleDO_HasTheNameLevelAndRepairedMission()
    {
        var role = Graph.FindNode("role:DO")!;

        Assert.Equal(NodeLabels.Role, role.Label);
        Assert.Equal("DO", role.Properties["code"]);
        Assert.Equal("DevOps Engineer", role.Properties["name"]);
        Assert.Equal("Middle / Senior", role.Properties["level"]);
        Assert.Equal("Обеспечить надежную, автоматизированную доставку кода в production и стабильную работу инфраструктуры логистической системы", role.Properties["mission"]);
        Assert.True((bool)role.Properties["documented"]);
        Assert.Equal($"{CardPath}:1", role.Properties["source"]);
    }

    [Fact]
    public void Seed_Decoding_IsReportedAsARepair()
    {
        var info = Assert.Single(s_result.Value.Diagnostics, d => d.Code == "mojibake-repaired");
        Assert.Equal((DiagnosticSeverity.Info, CardPath), (info.Severity, info.Path));
        Assert.DoesNotContain(s_result.Value.Diagnostics, d => d.Severity == DiagnosticSeverity.Error);
    }

    [Theory]
    [InlineData("technical", 8)]
    [InlineData("soft", 4)]
    public void Seed_Skills_AreCountedByKind(string kind, int count) =>
        Assert.Equal(count, From("role:DO", RelationshipTypes.HasSkill).Count(r => (string)r.Properties["kind"] == kind));

    [Theory]
    [InlineData(RelationshipTypes.Knows, 5)]
    [InlineData(RelationshipTypes.UsesTool, 7)]
    [InlineData(RelationshipTypes.Decides, 5)]
    [InlineData(RelationshipTypes.Produces, 6)]
    [InlineData(RelationshipTypes.HasQualityStandard, 5)]
    [InlineData(RelationshipTypes.Meets, 3)]
    [InlineData(RelationshipTypes.HasExample, 3)]
    public void Seed_CardFacts_HaveTheCountsOfTheCard(string type, int count) =>
        Assert.Equal(count, From("role:DO", type).Count);

    [Theory]
    [InlineData("primary", 5)]
    [InlineData("secondary", 5)]
    [InlineData("not-responsible", 5)]
    public void Seed_Responsibilities_AreCountedByKind(string kind, int count) =>
        Assert.Equal(count, From("role:DO", RelationshipTypes.HasResponsibility).Count(r => (string)r.Properties["kind"] == kind));

    [Fact]
    public void Seed_PrimaryDuties_CarryTheirShareOfTime()
    {
        var primary = Graph.Nodes.Where(n => n.Label == NodeLabels.Responsibility && (string)n.Properties["kind"] == "primary");
        Assert.All(primary, n => Assert.Equal("70%", n.Properties["share"]));
    }

    [Fact]
    public void Seed_Approvals_AreFiveDecisionsWithOneRelationshipPerApprover()
    {
        var approvals = From("role:DO", RelationshipTypes.NeedsApproval);

        Assert.Equal(5, approvals.Select(r => r.Properties["decision"]).Distinct().Count());
        var platform = approvals.Where(r => (string)r.Properties["decision"] == "Смена deployment platform").ToList();
        Assert.Equal(["role:PM", "role:TL"], platform.Select(r => r.EndId).Order(StringComparer.Ordinal));
        Assert.All(platform, r => Assert.Equal("cost", r.Properties["note"]));
    }

    [Fact]
    public void Seed_Escalations_AreFourSituationsWithUrgencyAndOutsideParties()
    {
        var escalations = From("role:DO", RelationshipTypes.EscalatesTo);

        Assert.Equal(4, escalations.Select(r => r.Properties["situation"]).Distinct().Count());
        var down = escalations.Where(r => (string)r.Properties["situation"] == "Production down").ToList();
        Assert.Equal(["role:PM", "role:TL"], down.Select(r => r.EndId).Order(StringComparer.Ordinal));
        Assert.All(down, r => Assert.Equal("немедленно", r.Properties["urgency"]));
        Assert.Contains(escalations, r => r.EndId == "external:stakeholders" && (string)r.Properties["situation"] == "Security breach");
    }

    [Theory]
    [InlineData("input", 5)]
    [InlineData("output", 5)]
    [InlineData("handoff-point", 3)]
    public void Seed_HandoffDeclarations_OnePerRow(string side, int count) =>
        Assert.Equal(count, From($"doc:{CardPath}", RelationshipTypes.Declares).Count(r => (string)r.Properties["side"] == side));

    [Fact]
    public void Seed_HandoffPointToQaAndTeam_GoesToBothWithItsTrigger()
    {
        var handoff = Assert.Single(Graph.Nodes, n => n.Label == NodeLabels.Handoff && (string)n.Properties["what"] == "Deployment complete");

        Assert.Equal("Successful deployment", handoff.Properties["trigger"]);
        Assert.Equal(["group:team", "role:QA"], Graph.Relationships.Where(r => r.Type == RelationshipTypes.To && r.StartId == handoff.Id).Select(r => r.EndId));
        Assert.Equal(HandoffStatus.UndocumentedPeer, handoff.Properties["status"]);
    }

    [Fact]
    public void Seed_CollaborationMap_GivesSevenLabelledEdgesBetweenResolvedRoles()
    {
        var edges = Graph.Relationships.Where(r => r.Type == RelationshipTypes.Collaborates).ToList();

        Assert.Equal(7, edges.Count);
        Assert.Contains(edges, r => r.StartId == "role:TL" && r.EndId == "role:DO" && (string)r.Properties["label"] == "infra requirements");
        Assert.Equal(["BE", "DO", "FE", "PM", "QA", "TL"], Graph.Nodes.Where(n => n.Label == NodeLabels.Role).Select(n => (string)n.Properties["code"]));
    }

    [Fact]
    public void Seed_OtherParties_AreGroupsAndExternalActorsWithWarnings()
    {
        Assert.Equal(["BE", "FE"], (string[])Graph.FindNode("group:developers")!.Properties["members"]);
        Assert.Equal(["BE", "DO", "FE", "PM", "QA", "TL"], (string[])Graph.FindNode("group:team")!.Properties["members"]);
        Assert.Equal("system", Graph.FindNode("external:monitoring")!.Properties["kind"]);
        Assert.Equal("external", Graph.FindNode("external:stakeholders")!.Properties["kind"]);
        var warned = s_result.Value.Diagnostics.Where(d => d.Severity == DiagnosticSeverity.Warning).Select(d => (d.Code, d.Line)).ToList();
        Assert.Equal(
            [("unresolved-name", 178), ("actor-not-in-registry", 189), ("actor-not-in-registry", 201), ("actor-not-in-registry", 202), ("actor-not-in-registry", 209)],
            warned);
    }

    [Fact]
    public void Seed_LinksToMissingDocuments_AreDocumentsThatDoNotExist()
    {
        var links = From($"doc:{CardPath}", RelationshipTypes.LinksTo).Select(r => r.EndId).ToList();

        Assert.Contains("doc:team-structure.md", links);
        Assert.Contains("doc:workflows/escalation-paths.md", links);
        Assert.False((bool)Graph.FindNode("doc:interactions/qa-to-devops.md")!.Properties["exists"]);
        Assert.Equal(7, From("role:DO", RelationshipTypes.Studies).Count(r => (string)r.Properties["kind"] is "required" or "useful"));
    }

    [Fact]
    public void Seed_EveryNodeAndRelationship_HasASource()
    {
        Assert.All(Graph.Nodes, n => Assert.Matches(@"^roles/devops-engineer\.md:\d+$", (string)n.Properties["source"]));
        Assert.All(Graph.Relationships, r => Assert.Matches(@"^roles/devops-engineer\.md:\d+$", (string)r.Properties["source"]));
    }

    [Fact]
    public void Seed_IngestedTwice_GivesTheSameGraph()
    {
        var again = new FolderIngester().Ingest(Path.Combine(TestPaths.RepoRoot, "seed"), cancellationToken: TestContext.Current.CancellationToken).Graph;

        Assert.Equal(Graph.Nodes, again.Nodes, NodeComparer);
        Assert.Equal(Graph.Relationships.Select(r => r.Id), again.Relationships.Select(r => r.Id));
    }

    private static readonly IEqualityComparer<GraphNode> NodeComparer = EqualityComparer<GraphNode>.Create(
        (a, b) => a!.Id == b!.Id && a.Properties.Count == b.Properties.Count && a.Properties.All(p => SameValue(p.Value, b.Properties[p.Key])),
        n => n.Id.GetHashCode(StringComparison.Ordinal));

    private static bool SameValue(object a, object b) =>
        a is string[] left && b is string[] right ? left.SequenceEqual(right) : Equals(a, b);
}
