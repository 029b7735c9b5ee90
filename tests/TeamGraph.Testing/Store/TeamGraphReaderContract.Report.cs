using TeamGraph.Core.Audit;
using TeamGraph.Core.Diagnostics;

namespace TeamGraph.Testing.Store;

/// <summary>The report of the ingest a store serves: what <c>stats</c>, <c>audit</c> and replicas' version checks read.</summary>
public abstract partial class TeamGraphReaderContract
{
    [Fact]
    public async Task GetReport_IsTheReportOfTheSeedsIngestField_ByField()
    {
        var reader = await ReaderAsync();

        var report = await reader.GetReportAsync(Token);

        Assert.Equal(SeedReport.Version, report.Version);
        Assert.Equal(SeedReport.Source, report.Source);
        Assert.Equal(SeedReport.IngestedAt, report.IngestedAt);
        Assert.Equal(SeedReport.Counts, report.Counts);
        Assert.Equal(Seed.Nodes.Count, report.Counts.Nodes);
        Assert.True(report.Counts.Documents > 0);
        Assert.Equal(SeedReport.Errors, report.Errors);
        Assert.Equal(Json(SeedReport.Findings), Json(report.Findings));
        Assert.Contains(report.Findings, f => f.Rule == AuditRuleCodes.OneSidedHandoff && f.Severity == DiagnosticSeverity.Warning && f.Sources.Count > 0);
        Assert.Contains(report.Findings, f => f.GlossaryProposal is not null);
    }

    [Fact]
    public async Task GetVersion_IsTheReportsVersion()
    {
        var reader = await ReaderAsync();

        Assert.Equal(SeedReport.Version, await reader.GetVersionAsync(Token));
    }
}
