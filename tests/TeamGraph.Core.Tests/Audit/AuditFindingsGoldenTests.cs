using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Nodes;
using TeamGraph.Core.Audit;
using TeamGraph.Core.Ingestion;

namespace TeamGraph.Core.Tests.Audit;

/// <summary>
/// Every finding of the audit on each real team of the repository (seed/ and the team folders under tests/data), in
/// full: rule, severity, message, sources and glossary proposal, against <c>tests/data/audit-golden/NAME.json</c>. The
/// files were written before the rules were rewritten to scale with the team, so a rewrite that changes any finding
/// fails here. Run once with <c>TEAMGRAPH_UPDATE_GOLDEN=1</c> to rewrite them after a change meant to alter findings, and
/// review the diff.
/// </summary>
public class AuditFindingsGoldenTests
{
    private static readonly JsonSerializerOptions Indented = new() { WriteIndented = true, Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    public static TheoryData<string> Teams =>
    [
        "seed",
        "audit-team",
        "audit-glossary",
        "bad-input",
        "blank-cells",
        "docs/team",
        "queries/team",
        "matching/clinic-integration",
        "matching/payments-platform",
        "matching/relay-logistics",
        "fuzz/audit-handoff-status-what-of-list-row",
        "fuzz/audit-map-drift-ragged-handoff-row",
        "fuzz/audit-missing-document-link-outside-folder",
        "fuzz/audit-name-of-blank-handoff-recipient",
    ];

    [Theory]
    [MemberData(nameof(Teams))]
    public void Audit_RealTeam_GivesExactlyTheRecordedFindings(string team)
    {
        var folder = team == "seed" ? Path.Combine(TestPaths.RepoRoot, "seed") : TestPaths.Data([.. team.Split('/')]);
        var ingest = new FolderIngester().Ingest(folder, cancellationToken: TestContext.Current.CancellationToken);
        var expectedPath = TestPaths.Data("audit-golden", team.Replace('/', '-') + ".json");

        var actual = new JsonArray([.. TeamAuditor.Audit(ingest, cancellationToken: TestContext.Current.CancellationToken).Select(ToJson)]).ToJsonString(Indented) + "\n";
        if (Environment.GetEnvironmentVariable("TEAMGRAPH_UPDATE_GOLDEN") == "1")
        {
            File.WriteAllText(expectedPath, actual);
        }

        Assert.Equal(File.ReadAllText(expectedPath), actual);
    }

    private static JsonNode ToJson(AuditFinding finding) => new JsonObject
    {
        ["rule"] = finding.Rule,
        ["severity"] = finding.Severity.ToString(),
        ["message"] = finding.Message,
        ["sources"] = new JsonArray([.. finding.Sources.Select(s => (JsonNode)JsonValue.Create(s.ToString()))]),
        ["glossaryProposal"] = finding.GlossaryProposal is { } proposal
            ? new JsonObject
            {
                ["term"] = proposal.Term,
                ["equivalents"] = new JsonArray([.. proposal.Equivalents.Select(e => (JsonNode)JsonValue.Create(e))]),
                ["evidence"] = proposal.Evidence,
            }
            : null,
    };
}
