using TeamGraph.Core.Diagnostics;
using TeamGraph.Core.Graph;
using TeamGraph.Core.Ingestion;
using TeamGraph.Core.Ingestion.Building;

namespace TeamGraph.Core.Tests.Ingestion;

/// <summary>
/// The real seed folder, ingested end to end: the user's DevOps card checked against the facts in
/// ../shared/seed/README.md, and the team around it (five more cards and the registry).
/// </summary>
public class SeedIngestionTests
{
    private const string CardPath = "roles/devops-engineer.md";
    private static readonly Lazy<IngestionResult> Result = new(() => new FolderIngester().Ingest(Path.Combine(TestPaths.RepoRoot, "seed")));

    private static PropertyGraph Graph => Result.Value.Graph;

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
        var info = Assert.Single(Result.Value.Diagnostics, d => d.Code == "mojibake-repaired");
        Assert.Equal((DiagnosticSeverity.Info, CardPath), (info.Severity, info.Path));
        Assert.DoesNotContain(Result.Value.Diagnostics, d => d.Severity == DiagnosticSeverity.Error);
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
        var primary = Graph.Nodes.Where(n => n.Label == NodeLabels.Responsibility && n.Id.StartsWith("responsibility:DO:", StringComparison.Ordinal) && (string)n.Properties["kind"] == "primary").ToList();
        Assert.Equal(5, primary.Count);
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
        Assert.Equal(HandoffStatus.OneSided, handoff.Properties["status"]);
    }

    [Fact]
    public void Seed_CollaborationMap_GivesSevenLabelledEdgesBetweenResolvedRoles()
    {
        var edges = Graph.Relationships.Where(r => r.Type == RelationshipTypes.Collaborates && (string)r.Properties["document"] == CardPath).ToList();

        Assert.Equal(7, edges.Count);
        Assert.Contains(edges, r => r.StartId == "role:TL" && r.EndId == "role:DO" && (string)r.Properties["label"] == "infra requirements");
    }

    [Fact]
    public void Seed_OtherParties_AreTheRegistrysGroupsAndExternalActors()
    {
        Assert.Equal(["BE", "FE"], (string[])Graph.FindNode("group:developers")!.Properties["members"]);
        Assert.Equal(["BE", "DO", "FE", "PM", "QA", "TL"], (string[])Graph.FindNode("group:team")!.Properties["members"]);
        Assert.Equal("system", Graph.FindNode("external:monitoring")!.Properties["kind"]);
        Assert.Equal("external", Graph.FindNode("external:stakeholders")!.Properties["kind"]);
        Assert.All(Graph.Nodes.Where(n => n.Label is NodeLabels.Group or NodeLabels.ExternalActor), n => Assert.True((bool)n.Properties["declared"]));
    }

    [Fact]
    public void Seed_Team_HasSixDocumentedRolesAndNoWarnings()
    {
        var roles = Graph.Nodes.Where(n => n.Label == NodeLabels.Role).ToList();

        Assert.Equal(["BE", "DO", "FE", "PM", "QA", "TL"], roles.Select(n => (string)n.Properties["code"]));
        Assert.All(roles, r => Assert.True((bool)r.Properties["documented"]));
        Assert.DoesNotContain(Result.Value.Diagnostics, d => d.Severity != DiagnosticSeverity.Info);
    }

    [Fact]
    public void Seed_ReleaseHandoffs_AreMatchedAcrossCards()
    {
        var merged = Graph.FindNode("handoff:developers>DO:merged-code-migrations")!;
        Assert.Equal(HandoffStatus.Confirmed, merged.Properties["status"]);
        Assert.Equal(
            ["roles/backend-developer.md", "roles/devops-engineer.md", "roles/frontend-developer.md"],
            Graph.Relationships.Where(r => r.Type == RelationshipTypes.Declares && r.EndId == merged.Id).Select(r => r.StartId["doc:".Length..]).Distinct().Order(StringComparer.Ordinal));

        var staging = Graph.FindNode("handoff:DO>QA:staging-deployments")!;
        Assert.Equal(HandoffStatus.Conflicting, staging.Properties["status"]);
        Assert.Equal(["format"], (string[])staging.Properties["conflicts"]);
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
        const string SeedSource = @"^(roles/[a-z-]+|team-structure|README)\.md:\d+$";
        Assert.All(Graph.Nodes, n => Assert.Matches(SeedSource, (string)n.Properties["source"]));
        Assert.All(Graph.Relationships, r => Assert.Matches(SeedSource, (string)r.Properties["source"]));
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
