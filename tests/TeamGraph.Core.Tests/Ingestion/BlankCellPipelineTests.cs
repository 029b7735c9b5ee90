using TeamGraph.Core.Audit;
using TeamGraph.Core.Diagnostics;
using TeamGraph.Core.Diagrams;
using TeamGraph.Core.Export;
using TeamGraph.Core.Graph;
using TeamGraph.Core.Graph.Schema;
using TeamGraph.Core.Ingestion;
using TeamGraph.Core.Ingestion.Building;
using TeamGraph.Core.Ingestion.Resolution;
using TeamGraph.Neo4j.Export;

namespace TeamGraph.Core.Tests.Ingestion;

/// <summary>
/// Issue #10, item 1: handoff rows with blank or missing cells (tests/data/blank-cells, its README lists them) once left
/// <c>receivers</c> and <c>what</c> out of the graph, and the audit threw <c>KeyNotFoundException</c>. The whole pipeline
/// after ingestion must now run on them: the audit, every diagram format and scope, and both exporters.
/// </summary>
public class BlankCellPipelineTests
{
    private static readonly Lazy<IngestionResult> Team = new(() => new FolderIngester().Ingest(TestPaths.Data("blank-cells")));

    private static PropertyGraph Graph => Team.Value.Graph;

    public static TheoryData<DiagramFormat, string> Scopes()
    {
        var data = new TheoryData<DiagramFormat, string>();
        foreach (var format in Enum.GetValues<DiagramFormat>())
        {
            foreach (var scope in new[] { "team", "role:OPS", "role:QA", "chains:OPS>QA", "chains:QA>OPS", "roles:OPS,QA" })
            {
                data.Add(format, scope);
            }
        }

        return data;
    }

    [Fact]
    public void Ingest_RowsWithABlankPartyCell_AreEachAWarningNamingTheirLine()
    {
        var warnings = Team.Value.Diagnostics.Where(d => d.Code == ResolutionDiagnosticCodes.NoParty).ToList();

        Assert.Equal(["roles/ops.md:16", "roles/ops.md:24", "roles/ops.md:32", "roles/ops.md:33"], warnings.Select(d => d.Location));
        Assert.All(warnings, d => Assert.Equal(DiagnosticSeverity.Warning, d.Severity));
    }

    [Fact]
    public void Ingest_HandoffNamingNoReceiver_IsOneSidedNotConfirmed()
    {
        var handoffs = Graph.Nodes.Where(n => n.Label == NodeLabels.Handoff && n.Get(HandoffProperties.What) is "Release notes" or "Deployment complete" or "Rollback done"
            && !Graph.Relationships.Any(r => r.Type == RelationshipTypes.To && r.StartId == n.Id)).ToList();

        Assert.Equal(3, handoffs.Count);
        Assert.All(handoffs, h => Assert.Equal(HandoffStatus.OneSided, h.Get(HandoffProperties.Status)));
    }

    [Fact]
    public void Audit_RowsWithBlankReceivers_SayTheyNameNoOne()
    {
        var findings = TeamAuditor.Audit(Team.Value, cancellationToken: TestContext.Current.CancellationToken);

        var drift = findings.Where(f => f.Rule == AuditRuleCodes.RowMissingFromMap).ToList();
        Assert.Equal(["roles/ops.md:24", "roles/ops.md:32", "roles/ops.md:33"], drift.Select(f => f.Sources[0].ToString()));
        Assert.All(drift, f => Assert.Contains("(Ops Engineer (OPS) → no one)", f.Message, StringComparison.Ordinal));
    }

    [Fact]
    public void Audit_ListItemNamingNothingHandedOver_IsAOneSidedHandoffWithAPlaceholderName()
    {
        var findings = TeamAuditor.Audit(Team.Value, cancellationToken: TestContext.Current.CancellationToken);

        var unnamed = Assert.Single(findings, f => f.Rule == AuditRuleCodes.OneSidedHandoff && f.Sources[0].ToString() == "roles/qa.md:22");
        Assert.StartsWith($"'{HandoffText.Unnamed}' (QA Engineer (QA) → Ops Engineer (OPS))", unnamed.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Ingest_RowsWithBlankReceivers_AreDeclaredWithNoReceiversAndNoHandoffEdge()
    {
        var declarations = Graph.Relationships.Where(r => r.Type == RelationshipTypes.Declares && r.Source.Path == "roles/ops.md")
            .ToDictionary(r => r.Source.Line, r => r.Get(DeclaresProperties.Receivers));

        Assert.Empty(declarations[24]);
        Assert.Empty(declarations[32]);
        Assert.Empty(declarations[33]);
        Assert.Equal(["role:QA"], declarations[26]);
        var noOne = Graph.Nodes.Where(n => n.Label == NodeLabels.Handoff && n.Source.Path == "roles/ops.md" && n.Source.Line is 24 or 32 or 33);
        Assert.All(noOne, h => Assert.DoesNotContain(Graph.Relationships, r => r.Type == RelationshipTypes.To && r.StartId == h.Id));
    }

    [Fact]
    public void Ingest_BlankAndShortCells_GiveEveryElementWhatItsSchemaRequires()
    {
        Assert.All(Graph.Nodes, n => Assert.Null(GraphSchema.Node(n.Label)!.Problem(n.Properties)));
        Assert.All(Graph.Relationships, r => Assert.Null(GraphSchema.Relationship(r.Type)!.Problem(r.Properties)));
        Assert.All(Graph.Nodes.Where(n => n.Label == NodeLabels.Handoff), h => Assert.False(string.IsNullOrWhiteSpace(h.Get(HandoffProperties.What))));
    }

    [Theory]
    [MemberData(nameof(Scopes))]
    public void Generate_EveryFormatAndScope_DrawsTheBlankCellTeam(DiagramFormat format, string scope)
    {
        var kinds = Enum.GetValues<EdgeKind>().ToHashSet();

        var result = new DiagramGenerator().Generate(Graph, new DiagramRequest(Scope(scope), format, kinds));

        Assert.True(result.NodeCount >= 2, $"{result.NodeCount} nodes in:\n{result.Text}");
        // The handoff QA's list names no "what" for is drawn with the placeholder, not an internal id.
        if (scope != "chains:OPS>QA")
        {
            Assert.Contains(HandoffText.Unnamed, result.Text, StringComparison.Ordinal);
        }
    }

    [Fact]
    public void Export_BothFormats_WriteEveryElementAndEveryHandoffsWhat()
    {
        var jsonl = new JsonLinesGraphExporter().ExportToString(Graph);
        var cypher = new CypherScriptGraphExporter().ExportToString(Graph);

        Assert.Equal(Graph.Nodes.Count + Graph.Relationships.Count, jsonl.Split('\n', StringSplitOptions.RemoveEmptyEntries).Length);
        Assert.Equal(Graph.Nodes.Count + Graph.Relationships.Count, cypher.Split('\n').Count(l => l.StartsWith("MERGE", StringComparison.Ordinal) || l.StartsWith("MATCH", StringComparison.Ordinal)));
        // Every handoff has its what, the one QA's list leaves blank included.
        Assert.Equal(Graph.Nodes.Count(n => n.Label == NodeLabels.Handoff), jsonl.Split('\n').Count(l => l.StartsWith("{\"type\":\"node\"", StringComparison.Ordinal)
            && l.Contains("\"labels\":[\"Handoff\"]", StringComparison.Ordinal) && l.Contains("\"what\":", StringComparison.Ordinal)));
        Assert.Contains($"what: '{HandoffText.Unnamed}'", cypher, StringComparison.Ordinal);
    }

    private static DiagramScope Scope(string scope) => scope.Split(':', 2) switch
    {
        ["team"] => DiagramScope.Team(),
        ["role", var code] => DiagramScope.Neighbourhood($"role:{code}"),
        ["chains", var ends] => DiagramScope.Chains($"role:{ends.Split('>')[0]}", $"role:{ends.Split('>')[1]}"),
        [_, var codes] => DiagramScope.Roles([.. codes.Split(',').Select(c => $"role:{c}")]),
        _ => throw new ArgumentException(scope, nameof(scope)),
    };
}
