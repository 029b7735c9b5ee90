using TeamGraph.Core.Audit;
using TeamGraph.Core.Audit.Rules;
using TeamGraph.Core.Diagnostics;
using TeamGraph.Core.Ingestion;

namespace TeamGraph.Core.Tests.Audit;

/// <summary>An audit rule that throws costs its own findings only: one error finding names it, the other rules run.</summary>
public class TeamAuditorFaultIsolationTests
{
    private static readonly Lazy<IngestionResult> Seed = new(() => new FolderIngester().Ingest(Path.Combine(TestPaths.RepoRoot, "seed")));

    [Fact]
    public void Audit_RuleThatThrowsHalfWay_BecomesOneErrorNamingItAndTheOtherRulesFindEverything()
    {
        var expected = TeamAuditor.Audit(Seed.Value, [new HandoffStatusRule(), new MissingDocumentRule()], cancellationToken: TestContext.Current.CancellationToken);

        var actual = TeamAuditor.Audit(Seed.Value, [new HandoffStatusRule(), new HalfWayRule(), new MissingDocumentRule()], cancellationToken: TestContext.Current.CancellationToken);

        var failure = Assert.Single(actual, f => f.Rule == AuditRuleCodes.InternalError);
        Assert.Equal(DiagnosticSeverity.Error, failure.Severity);
        Assert.StartsWith("The audit-rule stage failed on rule 'half-way' (KeyNotFoundException: The given key 'receivers' was not present in the dictionary.)", failure.Message, StringComparison.Ordinal);
        Assert.Empty(failure.Sources);
        Assert.Equal(expected.Select(f => f.ToDiagnostic()), actual.Where(f => f != failure).Select(f => f.ToDiagnostic()));
    }

    [Fact]
    public void Audit_SeedWithABlankToWhomCell_DoesNotThrowAndStillFindsTheOneSidedHandoffs()
    {
        // The input of issue #10: a Handoff Points row whose "Кому" cell is empty.
        using var folder = SeedFolderCopy.WithEdit("roles/devops-engineer.md", "| Environment ready | Developers |", "| Environment ready |  |");
        var ingest = new FolderIngester().Ingest(folder.Path, cancellationToken: TestContext.Current.CancellationToken);

        var findings = TeamAuditor.Audit(ingest, cancellationToken: TestContext.Current.CancellationToken);

        Assert.Contains(findings, f => f.Rule == AuditRuleCodes.OneSidedHandoff);
        Assert.Contains(findings, f => f.Rule == AuditRuleCodes.MissingDocument);
    }

    [Theory]
    [InlineData(typeof(MapDriftRule), "map-drift")]
    [InlineData(typeof(HandoffStatusRule), "handoff-status")]
    [InlineData(typeof(DecisionWithoutApproverRule), "decision-without-approver")]
    public void RuleName_IsTheClassNameInKebabCase(Type rule, string name) =>
        Assert.Equal(name, TeamAuditor.RuleName((IAuditRule)Activator.CreateInstance(rule)!));

    /// <summary>Finds something, then fails the way the map drift rule did on a blank "To whom" cell.</summary>
    private sealed class HalfWayRule : IAuditRule
    {
        public IEnumerable<AuditFinding> Check(AuditContext context)
        {
            yield return new AuditFinding(AuditRuleCodes.MapEdgeWithoutRow, DiagnosticSeverity.Info, "A finding the rule never finished.", []);
            throw new KeyNotFoundException("The given key 'receivers' was not present in the dictionary.");
        }
    }
}
