using TeamGraph.Core.Audit;
using TeamGraph.Core.Diagnostics;
using TeamGraph.Core.Ingestion;

namespace TeamGraph.Core.Tests.Audit.Rules;

/// <summary>
/// The glossary proposals of the handoff rule, on tests/data/audit-glossary (its README says which row is which case):
/// a probable handoff, two pairs of one-sided handoffs that pick each other, and a lookalike that is not picked back.
/// </summary>
public class HandoffStatusRuleTests
{
    private static readonly Lazy<IReadOnlyList<AuditFinding>> Findings = new(() => TeamAuditor.Audit(new FolderIngester().Ingest(TestPaths.Data("audit-glossary"))));

    [Fact]
    public void Audit_ProbableHandoff_IsAnInfoFindingProposingTheGiversNameWithTheReceiversAsEquivalent()
    {
        var probable = Assert.Single(Findings.Value, f => f.Rule == AuditRuleCodes.ProbableHandoff);

        Assert.Equal(DiagnosticSeverity.Info, probable.Severity);
        Assert.Equal(["roles/analyst.md:23", "roles/developer.md:16"], probable.Sources.Select(s => s.ToString()));
        var proposal = Assert.IsType<GlossaryProposal>(probable.GlossaryProposal);
        Assert.Equal("Screen scenarios", proposal.Term);
        Assert.Equal(["Сценарии экранов, переходы"], proposal.Equivalents);
        Assert.Equal("the only rows left between Analyst (AN) and Developer (DV); both say Figma", proposal.Evidence);
    }

    [Fact]
    public void Audit_OneSidedHandoffsThatPickEachOther_BothProposeTheSameRowTermFromTheGiversCard()
    {
        var pair = Findings.Value.Where(f => f.GlossaryProposal?.Term == "Sprint effort forecast").ToList();

        Assert.Equal(["roles/analyst.md:16", "roles/developer.md:22"], pair.Select(f => f.Sources[0].ToString()));
        Assert.All(pair, f =>
        {
            Assert.Equal(AuditRuleCodes.OneSidedHandoff, f.Rule);
            Assert.Equal(["Sprint effort guess"], f.GlossaryProposal!.Equivalents);
            Assert.Equal("both name sprint, effort; both say Email", f.GlossaryProposal.Evidence);
            Assert.EndsWith(
                "If so, the glossary row 'Sprint effort forecast' = 'Sprint effort guess' would tie the two names together (both name sprint, effort; both say Email).",
                f.Message, StringComparison.Ordinal);
        });
    }

    [Fact]
    public void Audit_OneSidedPairWithNoSharedWord_ProposesARowWhoseEvidenceSaysSoAndThatTheFormatsDiffer()
    {
        var pair = Findings.Value.Where(f => f.GlossaryProposal?.Term == "Nightly bundle").ToList();

        Assert.Equal(["roles/developer.md:23", "roles/tester.md:16"], pair.Select(f => f.Sources[0].ToString()));
        Assert.All(pair, f =>
        {
            Assert.Equal(["Ночной пакет"], f.GlossaryProposal!.Equivalents);
            Assert.Equal("no word in common, but the only one-sided rows from Developer (DV) to Tester (TS); formats differ: Slack vs Jira", f.GlossaryProposal.Evidence);
        });
    }

    [Fact]
    public void Audit_ProbableHandoffBesideARowEliminationLeftApart_DoesNotCallItsRowsTheOnlyOnesLeft()
    {
        var team = Directory.CreateTempSubdirectory("teamgraph-probable-").FullName;
        try
        {
            Directory.CreateDirectory(Path.Combine(team, "roles"));
            File.WriteAllText(Path.Combine(team, "team-structure.md"), """
                | Code | Name | Card |
                |------|------|------|
                | AN | Analyst | roles/analyst.md |
                | DV | Developer | roles/developer.md |
                """);
            File.WriteAllText(Path.Combine(team, "roles", "analyst.md"), Card("Analyst", "AN", "Outputs", "To", ["Developer | Screen sketches | Figma", "Developer | Effort log | Email"]));
            File.WriteAllText(Path.Combine(team, "roles", "developer.md"), Card("Developer", "DV", "Inputs", "From", ["Analyst | Наброски экранов | Figma"]));

            var findings = TeamAuditor.Audit(new FolderIngester().Ingest(team, cancellationToken: TestContext.Current.CancellationToken), cancellationToken: TestContext.Current.CancellationToken);

            var proposal = Assert.Single(findings, f => f.Rule == AuditRuleCodes.ProbableHandoff).GlossaryProposal!;
            Assert.Equal(("Screen sketches", "Наброски экранов"), (proposal.Term, Assert.Single(proposal.Equivalents)));
            Assert.Equal("the only rows left between Analyst (AN) and Developer (DV) that fit each other; 1 other row(s) there fit neither; both say Figma", proposal.Evidence);
        }
        finally
        {
            Directory.Delete(team, recursive: true);
        }
    }

    [Fact]
    public void Audit_LookalikeThatDoesNotPickTheHandoffBack_IsAHintWithoutAProposal()
    {
        var log = Assert.Single(Findings.Value, f => f.Message.StartsWith("'Effort log'", StringComparison.Ordinal));

        Assert.EndsWith("Perhaps the same as 'Sprint effort forecast' at roles/developer.md:22.", log.Message, StringComparison.Ordinal);
        Assert.Null(log.GlossaryProposal);
    }

    private static string Card(string name, string code, string table, string partyColumn, string[] rows) => $"""
        # {name}

        ## Identity

        | Parameter | Value |
        |-----------|-------|
        | Role | {name} |
        | Role code | {code} |

        ## Inputs & Outputs

        ### {table}

        | {partyColumn} | What | Format |
        |----|------|--------|
        {string.Join("\n", rows.Select(r => $"| {r} |"))}

        """;

    [Fact]
    public void Audit_OneSidedHandoffToABigGroup_NamesTheFirstSilentCardsAndCountsTheRest()
    {
        // A lead hands a plan to the whole team (an undeclared group, so everyone) and no other card says so: listing
        // every silent card in every such finding would grow with the square of the team.
        var folder = Directory.CreateTempSubdirectory("teamgraph-big-group-").FullName;
        try
        {
            Directory.CreateDirectory(Path.Combine(folder, "roles"));
            for (var i = 0; i < 15; i++)
            {
                var outputs = i == 0 ? "\n### Outputs\n\n| To whom | What | Format |\n|---|---|---|\n| Team | Weekly plan | Jira |\n" : "";
                File.WriteAllText(Path.Combine(folder, "roles", $"member-{i:D2}.md"),
                    $"# Member {i}\n\n## Identity\n\n| Parameter | Value |\n|---|---|\n| Role | Member {i} |\n| Role code | M{i:D2} |\n\n## Inputs & Outputs\n{outputs}");
            }

            var finding = Assert.Single(TeamAuditor.Audit(new FolderIngester().Ingest(folder, cancellationToken: TestContext.Current.CancellationToken), cancellationToken: TestContext.Current.CancellationToken), f => f.Rule == AuditRuleCodes.OneSidedHandoff);

            Assert.EndsWith("Member 10 (M10) (roles/member-10.md) and 4 more.", finding.Message, StringComparison.Ordinal);
            Assert.Equal(1 + 10, finding.Sources.Count);
            Assert.DoesNotContain("member-11", finding.Message, StringComparison.Ordinal);
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }
    }
}
