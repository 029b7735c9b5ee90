using System.Text.RegularExpressions;
using TeamGraph.Core.Audit;
using TeamGraph.Core.Ingestion;

namespace TeamGraph.Core.Tests.Audit;

/// <summary>docs/audit-seed.md lists every finding of the audit on seed/, each once: it fails when the two drift apart.</summary>
public partial class AuditSeedDocumentTests
{
    [Fact]
    public void AuditSeedDocument_ListsExactlyTheAuditsFindings()
    {
        var seed = new FolderIngester().Ingest(Path.Combine(TestPaths.RepoRoot, "seed"), cancellationToken: TestContext.Current.CancellationToken);
        var findings = TeamAuditor.Audit(seed, cancellationToken: TestContext.Current.CancellationToken).Select(f => $"{f.Rule} {f.Sources[0]}").Order(StringComparer.Ordinal);

        var documented = FindingRow().Matches(File.ReadAllText(Path.Combine(TestPaths.RepoRoot, "docs", "audit-seed.md")))
            .Select(m => $"{m.Groups["rule"].Value} {m.Groups["where"].Value}")
            .Order(StringComparer.Ordinal);

        Assert.Equal(findings, documented);
    }

    [GeneratedRegex(@"^\| `(?<rule>[a-z-]+)` \| `(?<where>[^`]+:\d+)` \|", RegexOptions.Multiline)]
    private static partial Regex FindingRow();
}
