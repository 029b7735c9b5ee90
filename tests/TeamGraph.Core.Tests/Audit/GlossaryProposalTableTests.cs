using TeamGraph.Core.Audit;
using TeamGraph.Core.Cards;
using TeamGraph.Core.Diagnostics;
using TeamGraph.Core.Graph;
using TeamGraph.Core.Graph.Schema;
using TeamGraph.Core.Ingestion;
using TeamGraph.Core.Ingestion.Building;
using TeamGraph.Core.Ingestion.Resolution;

namespace TeamGraph.Core.Tests.Audit;

/// <summary>
/// The Markdown block the audit proposes, on tests/data/audit-glossary: its exact text, and what it does when a team
/// pastes it into its registry (the proposed handoffs become CONFIRMED by glossary).
/// </summary>
public sealed class GlossaryProposalTableTests : IDisposable
{
    private readonly string _team = Directory.CreateTempSubdirectory("teamgraph-glossary-").FullName;

    public GlossaryProposalTableTests()
    {
        var fixture = TestPaths.Data("audit-glossary");
        foreach (var source in Directory.EnumerateFiles(fixture, "*.md", SearchOption.AllDirectories))
        {
            var target = Path.Combine(_team, Path.GetRelativePath(fixture, source));
            Directory.CreateDirectory(Path.GetDirectoryName(target)!);
            File.Copy(source, target);
        }
    }

    [Fact]
    public void Format_FixtureTeam_GivesOneRowPerDistinctProposalInTermOrder()
    {
        var findings = TeamAuditor.Audit(Ingest(), cancellationToken: TestContext.Current.CancellationToken);

        Assert.Equal(
            """
            ## Glossary

            | Term | Equivalents | Evidence |
            |------|-------------|----------|
            | Nightly bundle | Ночной пакет | no word in common, but the only one-sided rows from Developer (DV) to Tester (TS); formats differ: Slack vs Jira |
            | Screen scenarios | Сценарии экранов / переходы | the only rows left between Analyst (AN) and Developer (DV); both say Figma |
            | Sprint effort forecast | Sprint effort guess | both name sprint, effort; both say Email |

            """.ReplaceLineEndings("\n"),
            GlossaryProposalTable.Format(findings));
    }

    [Fact]
    public void Format_PastedIntoTheRegistry_JoinsTheProposedHandoffsByGlossaryAndKeepsTheirDisagreements()
    {
        var before = Ingest();
        Assert.Equal(HandoffStatus.Probable, Handoff(before, "Screen scenarios").Get(HandoffProperties.Status));
        Assert.Equal(HandoffStatus.OneSided, Handoff(before, "Sprint effort forecast").Get(HandoffProperties.Status));

        File.AppendAllText(Path.Combine(_team, "team-structure.md"), "\n" + GlossaryProposalTable.Format(TeamAuditor.Audit(before, cancellationToken: TestContext.Current.CancellationToken)));
        var after = Ingest();

        Assert.DoesNotContain(after.Diagnostics, d => d.Severity >= DiagnosticSeverity.Warning && d.Path == "team-structure.md");
        foreach (var what in new[] { "Screen scenarios", "Sprint effort forecast" })
        {
            var handoff = Handoff(after, what);
            Assert.Equal(HandoffStatus.Confirmed, handoff.Get(HandoffProperties.Status));
            Assert.Equal(["glossary"], handoff.Get(HandoffProperties.MatchedBy));
            Assert.Equal(2, handoff.Get(HandoffProperties.Sources).Count);
        }

        // A glossary row joins names, it does not make formats agree: Slack against Jira is now a conflict, not two one-sided handoffs.
        var bundle = Handoff(after, "Nightly bundle");
        Assert.Equal(HandoffStatus.Conflicting, bundle.Get(HandoffProperties.Status));
        Assert.Equal(["glossary"], bundle.Get(HandoffProperties.MatchedBy));
        Assert.Equal(["format"], bundle.Get(HandoffProperties.Conflicts));

        // "Effort log" had a hint, not a proposal: it is still one-sided, and nothing else is proposed.
        Assert.Equal(HandoffStatus.OneSided, Handoff(after, "Effort log").Get(HandoffProperties.Status));
        Assert.Empty(GlossaryProposalTable.Rows(TeamAuditor.Audit(after, cancellationToken: TestContext.Current.CancellationToken)));
    }

    [Fact]
    public void Format_NamesWithPipesCommasAndSemicolons_ReadBackAsOneTermAndOneEquivalentEach()
    {
        var finding = Proposing(new GlossaryProposal("Plan | draft", ["План, черновик", "Plan; v2"], "shared | words"));

        var registry = TeamRegistryReader.Read("team-structure.md", GlossaryProposalTable.Format([finding]), []);

        var entry = Assert.Single(registry.Glossary);
        Assert.Equal("Plan / draft", entry.Term);
        Assert.Equal(["План / черновик", "Plan / v2"], entry.Equivalents);
        Assert.Equal(NameNormalizer.Normalize("План, черновик"), NameNormalizer.Normalize(entry.Equivalents[0]));
    }

    [Fact]
    public void Rows_SameProposalTwice_IsOneRowSortedByTerm()
    {
        var rows = GlossaryProposalTable.Rows(
        [
            Proposing(new GlossaryProposal("b", ["x"], "first")),
            Proposing(new GlossaryProposal("a", ["y"], "only")),
            Proposing(new GlossaryProposal("b", ["x"], "second")),
            new AuditFinding(AuditRuleCodes.OneSidedHandoff, DiagnosticSeverity.Warning, "no proposal", []),
        ]);

        Assert.Equal(["a y only", "b x first / second"], rows.Select(r => $"{r.Term} {string.Join(",", r.Equivalents)} {r.Evidence}"));
    }

    [Fact]
    public void Rows_ProposalsSharingAName_BecomeOneRowSoEveryPastedSpellingHasOneMeaning()
    {
        var rows = GlossaryProposalTable.Rows(
        [
            Proposing(new GlossaryProposal("Status", ["Статус работ"], "between A and B")),
            Proposing(new GlossaryProposal("Weekly status", ["статус  работ"], "between C and B")),
            Proposing(new GlossaryProposal("Status", ["Отчёт"], "between A and D")),
            Proposing(new GlossaryProposal("Other", ["Иное"], "between A and E")),
        ]);

        Assert.Equal(
            ["Other = Иное (between A and E)", "Status = Статус работ, Отчёт, Weekly status (between A and B / between A and D / between C and B)"],
            rows.Select(r => $"{r.Term} = {string.Join(", ", r.Equivalents)} ({r.Evidence})"));
    }

    [Fact]
    public void Format_NoProposals_IsEmpty() =>
        Assert.Equal("", GlossaryProposalTable.Format([new AuditFinding(AuditRuleCodes.MissingDocument, DiagnosticSeverity.Warning, "gone", [])]));

    public void Dispose() => Directory.Delete(_team, recursive: true);

    private IngestionResult Ingest() => new FolderIngester().Ingest(_team, cancellationToken: TestContext.Current.CancellationToken);

    /// <summary>The handoff one of whose rows hands over <paramref name="what"/> (a merged handoff takes its first row's words).</summary>
    private static GraphNode Handoff(IngestionResult result, string what) =>
        result.Graph.FindNode(Assert.Single(result.Graph.Relationships, r => r.Type == RelationshipTypes.Declares && r.Get(DeclaresProperties.What) == what).EndId)!;

    private static AuditFinding Proposing(GlossaryProposal proposal) =>
        new(AuditRuleCodes.ProbableHandoff, DiagnosticSeverity.Info, "probable", [new SourceRef("roles/a.md", 1)]) { GlossaryProposal = proposal };
}
