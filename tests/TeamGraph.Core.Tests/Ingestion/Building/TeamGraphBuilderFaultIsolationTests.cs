using TeamGraph.Core.Cards;
using TeamGraph.Core.Diagnostics;
using TeamGraph.Core.Graph;
using TeamGraph.Core.Ingestion;
using TeamGraph.Core.Ingestion.Building;
using TeamGraph.Core.Ingestion.Resolution;
using static TeamGraph.Core.Tests.CardFactory;

namespace TeamGraph.Core.Tests.Ingestion.Building;

/// <summary>The builder's stages failing on one card or one handoff: nothing half-built stays, nothing else is lost.</summary>
public class TeamGraphBuilderFaultIsolationTests
{
    private const string DevOpsPath = "roles/devops.md";
    private const string QaPath = "roles/qa.md";

    private readonly List<Diagnostic> _diagnostics = [];

    private static SourceDocument[] Team(Func<RoleCard, RoleCard>? breakQa = null)
    {
        var devops = Card(DevOpsPath, "DO", "DevOps Engineer") with
        {
            Inputs = [Flow(DevOpsPath, 20, "QA", "Release approval", "Jira")],
            Outputs = [Flow(DevOpsPath, 30, "QA", "Staging deployments", "Notifications")],
        };
        var qa = Card(QaPath, "QA", "QA Engineer") with
        {
            Outputs = [Flow(QaPath, 12, "DevOps", "Release approvals", "Jira")],
            Inputs = [Flow(QaPath, 10, "DevOps Engineer", "Staging deployment", "Slack")],
        };
        return [Document(devops), Document((breakQa ?? (c => c))(qa))];
    }

    private static List<GraphNode> Handoffs(PropertyGraph graph, string what) =>
        [.. graph.Nodes.Where(n => n.Label == NodeLabels.Handoff && NameNormalizer.Loosen((string)n.Properties["what"]) == NameNormalizer.Loosen(what))];

    [Fact]
    public void Build_MergingOneHandoffThrows_LeavesItsDeclarationsUnmergedAndTheOtherHandoffMerged()
    {
        // The merge writes the merged handoff, then throws: that handoff must go, its two rows stay as a handoff each.
        var graph = TeamGraphBuilder.Build(TeamRegistry.Empty, Team(), _diagnostics, (matcher, cluster) =>
        {
            matcher.Add(cluster);
            if (cluster.Declarations.Count > 1 && cluster.Declarations.Any(d => d.What == "Release approval"))
            {
                throw new KeyNotFoundException("The given key 'what' was not present in the dictionary.");
            }
        });

        var error = Assert.Single(_diagnostics, d => d.Code == IngestionDiagnosticCodes.InternalError);
        Assert.Equal((DiagnosticSeverity.Error, DevOpsPath, (int?)20), (error.Severity, error.Path, error.Line));
        Assert.StartsWith("The matching stage failed on this document (KeyNotFoundException: ", error.Message, StringComparison.Ordinal);
        Assert.Contains("left unmerged", error.Message, StringComparison.Ordinal);
        var unmerged = Handoffs(graph, "Release approval");
        Assert.Equal(2, unmerged.Count);
        Assert.Equal([$"doc:{DevOpsPath}", $"doc:{QaPath}"], graph.Relationships
            .Where(r => r.Type == RelationshipTypes.Declares && unmerged.Any(h => h.Id == r.EndId)).Select(r => r.StartId).Order(StringComparer.Ordinal));
        var merged = Assert.Single(Handoffs(graph, "Staging deployment"));
        Assert.Equal(2, graph.Relationships.Count(r => r.Type == RelationshipTypes.Declares && r.EndId == merged.Id));
    }

    [Fact]
    public void Build_LinksOfOneCardThrow_LeavesOutOnlyThoseLinks()
    {
        var graph = TeamGraphBuilder.Build(TeamRegistry.Empty, Team(qa => qa with { Links = new ThrowingList<DocumentLink>() }), _diagnostics);

        var error = Assert.Single(_diagnostics, d => d.Code == IngestionDiagnosticCodes.InternalError);
        Assert.Equal(QaPath, error.Path);
        Assert.StartsWith("The links stage failed on this document", error.Message, StringComparison.Ordinal);
        Assert.Equal(HandoffStatus.Confirmed, Assert.Single(Handoffs(graph, "Release approval")).Properties["status"]);
        Assert.True((bool)graph.FindNode("role:QA")!.Properties["documented"]);
    }

    [Fact]
    public void Build_ClaimingOneCardThrows_LeavesItsRoleUndocumentedAndKeepsTheOtherCard()
    {
        var graph = TeamGraphBuilder.Build(TeamRegistry.Empty,
            Team(qa => qa with { FrontMatter = new FrontMatter(null, null, new ThrowingList<string>(), new SourceRef(QaPath, 1)) }), _diagnostics);

        var error = Assert.Single(_diagnostics, d => d.Code == IngestionDiagnosticCodes.InternalError);
        Assert.Equal(QaPath, error.Path);
        Assert.StartsWith("The claiming stage failed on this document", error.Message, StringComparison.Ordinal);
        Assert.NotNull(graph.FindNode($"doc:{QaPath}"));
        Assert.DoesNotContain(graph.Relationships, r => r.Type == RelationshipTypes.DescribedIn && r.EndId == $"doc:{QaPath}");
        Assert.True((bool)graph.FindNode("role:DO")!.Properties["documented"]);
        Assert.Single(Handoffs(graph, "Release approval"));
    }
}
