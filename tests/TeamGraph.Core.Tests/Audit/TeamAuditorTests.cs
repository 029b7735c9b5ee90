using System.Text.Json;
using TeamGraph.Core.Audit;
using TeamGraph.Core.Graph;
using TeamGraph.Core.Ingestion;

namespace TeamGraph.Core.Tests.Audit;

/// <summary>
/// The fixture team under tests/data/audit-team has one known case per handoff status and per audit rule (its
/// README lists them); the expected statuses and findings are JSON files beside it.
/// </summary>
public class TeamAuditorTests
{
    private static readonly Lazy<IngestionResult> Team = new(() => new FolderIngester().Ingest(TestPaths.Data("audit-team")));

    private static IReadOnlyList<AuditFinding> Findings => TeamAuditor.Audit(Team.Value);

    [Fact]
    public void Ingest_FixtureTeam_GivesEveryHandoffStatusAsExpected()
    {
        var expected = JsonSerializer.Deserialize<Dictionary<string, string>>(File.ReadAllText(TestPaths.Data("audit-team", "expected-handoffs.json")))!;

        var actual = Team.Value.Graph.Nodes.Where(n => n.Label == NodeLabels.Handoff).ToDictionary(n => n.Id, n => (string)n.Properties["status"]);

        Assert.Equal(expected.OrderBy(p => p.Key, StringComparer.Ordinal), actual.OrderBy(p => p.Key, StringComparer.Ordinal));
        Assert.Equal(["CONFIRMED", "CONFLICTING", "ONE_SIDED", "PROBABLE", "UNDOCUMENTED_PEER"], actual.Values.Distinct().Order(StringComparer.Ordinal));
    }

    [Fact]
    public void Audit_FixtureTeam_FindsExactlyTheKnownInconsistencies()
    {
        var expected = JsonSerializer.Deserialize<List<ExpectedFinding>>(File.ReadAllText(TestPaths.Data("audit-team", "expected-findings.json")), JsonOptions)!;

        var actual = Findings.Select(f => new ExpectedFinding(f.Rule, f.Severity.ToString().ToLowerInvariant(), [.. f.Sources.Select(s => s.ToString())]));

        Assert.Equal(expected.Select(Describe), actual.Select(Describe));
    }

    [Fact]
    public void Audit_FixtureTeam_CoversEveryRule()
    {
        // internal-error is what a failing rule gives (TeamAuditorFaultIsolationTests), never a finding about documents.
        var rules = typeof(AuditRuleCodes).GetFields().Select(f => (string)f.GetRawConstantValue()!).Where(r => r != AuditRuleCodes.InternalError);

        Assert.Equal(rules.Order(StringComparer.Ordinal), Findings.Select(f => f.Rule).Distinct().Order(StringComparer.Ordinal));
    }

    [Fact]
    public void Audit_ConflictingDirection_CitesBothCardsWithTheirReadings()
    {
        var conflict = Assert.Single(Findings, f => f.Rule == AuditRuleCodes.ConflictingHandoff && f.Message.Contains("opposite directions", StringComparison.Ordinal));

        Assert.Equal(["roles/alpha.md:34", "roles/gamma.md:17"], conflict.Sources.Select(s => s.ToString()));
        Assert.Contains("Gamma Tester (GM) → Alpha Lead (AL)", conflict.Message, StringComparison.Ordinal);
        Assert.Contains("Alpha Lead (AL) → Gamma Tester (GM)", conflict.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Audit_ProbableHandoff_NamesBothRowsSaysWhyAndProposesTheGiversNameAsTerm()
    {
        var probable = Assert.Single(Findings, f => f.Rule == AuditRuleCodes.ProbableHandoff);

        Assert.Equal(
            "'Regression verdict' (Gamma Tester (GM) → Beta Builder (BT)) is probably one handoff under different names: "
            + "'Regression verdict' at roles/gamma.md:23 and 'Заключение по регрессу' at roles/beta.md:25 are the only rows left "
            + "between Gamma Tester (GM) and Beta Builder (BT); both say Jira. "
            + "The glossary row 'Regression verdict' = 'Заключение по регрессу' would confirm it.",
            probable.Message);
        var proposal = Assert.IsType<GlossaryProposal>(probable.GlossaryProposal);
        Assert.Equal(("Regression verdict", "the only rows left between Gamma Tester (GM) and Beta Builder (BT); both say Jira"), (proposal.Term, proposal.Evidence));
        Assert.Equal(["Заключение по регрессу"], proposal.Equivalents);
    }

    [Fact]
    public void Audit_FixtureTeam_ProposesNoGlossaryRowForAOneSidedHandoffWithoutALookalike() =>
        Assert.All(Findings.Where(f => f.Rule != AuditRuleCodes.ProbableHandoff), f => Assert.Null(f.GlossaryProposal));

    [Fact]
    public void Audit_SeedTeam_SuggestsTheCounterpartOfAOneSidedHandoff()
    {
        var seed = new FolderIngester().Ingest(Path.Combine(TestPaths.RepoRoot, "seed"), cancellationToken: TestContext.Current.CancellationToken);

        var resolved = Assert.Single(TeamAuditor.Audit(seed, cancellationToken: TestContext.Current.CancellationToken), f => f.Rule == AuditRuleCodes.OneSidedHandoff && f.Message.StartsWith("'Incident resolved'", StringComparison.Ordinal));

        Assert.Contains("Perhaps the same as 'Incident reports' at roles/tech-lead.md:190", resolved.Message, StringComparison.Ordinal);
        Assert.Equal("roles/devops-engineer.md:260", resolved.Sources[0].ToString());
        Assert.Null(resolved.GlossaryProposal); // a Handoff Points moment and an Inputs row: no row of the glossary ties a moment to a thing
    }

    private static readonly JsonSerializerOptions JsonOptions = new() { PropertyNameCaseInsensitive = true };

    private static string Describe(ExpectedFinding finding) => $"{finding.Severity} {finding.Rule} {string.Join(", ", finding.Sources)}";

    private sealed record ExpectedFinding(string Rule, string Severity, string[] Sources);
}
