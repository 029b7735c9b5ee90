using System.Text.Json;
using TeamGraph.Core.Audit;
using TeamGraph.Core.Diagnostics;

namespace TeamGraph.Cli.Tests;

/// <summary><c>lint</c> and <c>audit</c> with <c>--format sarif</c>, checked against the published SARIF 2.1.0 schema.</summary>
public class SarifLogFormatterTests
{
    private static readonly string Seed = Path.Combine(TestPaths.RepoRoot, "seed");

    public static TheoryData<string, string> ReportsOnRealFolders => new()
    {
        { "lint", "seed" },
        { "audit", "seed" },
        { "lint", "tests/data/bad-input" },
        { "lint", "tests/data/decoding" },
        { "lint", "tests/data/audit-team" },
        { "audit", "tests/data/audit-team" },
        { "lint", "tests/data/cli/broken-and-good" },
    };

    [Theory]
    [MemberData(nameof(ReportsOnRealFolders))]
    public void Sarif_OnARealFolder_IsValidAgainstTheSarifSchema(string command, string folder)
    {
        var run = CommandLineRun.Invoke(command, Path.Combine(TestPaths.RepoRoot, folder), "--format", "sarif");

        Assert.Empty(SarifSchema.Errors(run.Stdout));
        Assert.NotEmpty(Run(run.Stdout).GetProperty("results").EnumerateArray());
    }

    [Fact]
    public void SarifSchema_RejectsALogThatBreaksIt()
    {
        var errors = SarifSchema.Errors("""
            {"version": "2.1.0", "runs": [{"tool": {"driver": {"name": "TeamGraph"}}, "results": [
              {"message": {"text": "m"}, "locations": [{"physicalLocation": {"artifactLocation": {"uri": "a b.md"}, "region": {"startColumn": 3}}}]}]}]}
            """);

        Assert.Contains(errors, e => e.Contains("uri-reference", StringComparison.Ordinal));
        Assert.Contains(errors, e => e.Contains("startLine", StringComparison.Ordinal));
    }

    [Theory]
    [MemberData(nameof(ReportsOnRealFolders))]
    public void Sarif_EveryResult_NamesARuleOfTheRunByIdAndIndex(string command, string folder)
    {
        var run = Run(CommandLineRun.Invoke(command, Path.Combine(TestPaths.RepoRoot, folder), "--format", "sarif").Stdout);

        var rules = run.GetProperty("tool").GetProperty("driver").GetProperty("rules").EnumerateArray().Select(r => r.GetProperty("id").GetString()).ToList();
        Assert.Equal(rules.Count, rules.Distinct().Count());
        Assert.All(run.GetProperty("results").EnumerateArray(), result =>
        {
            var id = result.GetProperty("ruleId").GetString();
            Assert.Contains(id, rules);
            Assert.NotNull(DiagnosticCatalog.Find(id!));
            Assert.Equal(rules.IndexOf(id), result.GetProperty("ruleIndex").GetInt32());
        });
    }

    [Fact]
    public void Sarif_Lint_ListsEveryDescribedRuleWithItsTexts()
    {
        var driver = Run(CommandLineRun.Invoke("lint", Seed, "--format", "sarif").Stdout).GetProperty("tool").GetProperty("driver");

        Assert.Equal("TeamGraph", driver.GetProperty("name").GetString());
        Assert.False(string.IsNullOrEmpty(driver.GetProperty("version").GetString()));
        var rules = driver.GetProperty("rules").EnumerateArray().ToList();
        Assert.Equal(DiagnosticCatalog.All.Select(r => r.Code), rules.Select(r => r.GetProperty("id").GetString()));
        Assert.All(rules, rule =>
        {
            Assert.EndsWith(".", rule.GetProperty("shortDescription").GetProperty("text").GetString(), StringComparison.Ordinal);
            Assert.StartsWith(rule.GetProperty("shortDescription").GetProperty("text").GetString()!, rule.GetProperty("fullDescription").GetProperty("text").GetString(), StringComparison.Ordinal);
            Assert.False(string.IsNullOrWhiteSpace(rule.GetProperty("help").GetProperty("text").GetString()));
            Assert.Matches("^(error|warning|note)$", rule.GetProperty("defaultConfiguration").GetProperty("level").GetString());
        });
        Assert.Contains(rules, r => r.GetProperty("id").GetString() == AuditRuleCodes.OneSidedHandoff);
    }

    [Fact]
    public void Sarif_RuleHelp_SaysWhatItMeansAndWhatToDoInTextAndEscapedMarkdown()
    {
        var rules = Run(CommandLineRun.Invoke("lint", Seed, "--format", "sarif").Stdout).GetProperty("tool").GetProperty("driver").GetProperty("rules");

        var help = rules.EnumerateArray().Single(r => r.GetProperty("id").GetString() == "diagram-block-unclosed").GetProperty("help");
        Assert.Equal(
            "A diagram block's opening marker has no <!-- /teamgraph --> after it.\n\nWhat to do: Close the block with <!-- /teamgraph --> after its diagram.",
            help.GetProperty("text").GetString());
        Assert.Equal(
            "A diagram block's opening marker has no \\<!-- /teamgraph --\\> after it.\n\n**What to do:** Close the block with \\<!-- /teamgraph --\\> after its diagram.",
            help.GetProperty("markdown").GetString());
    }

    [Fact]
    public void Sarif_Audit_ListsTheAuditRulesOnly()
    {
        var rules = Run(CommandLineRun.Invoke("audit", Seed, "--format", "sarif").Stdout).GetProperty("tool").GetProperty("driver").GetProperty("rules");

        Assert.Equal(DiagnosticCatalog.AuditRules.Select(r => r.Code), rules.EnumerateArray().Select(r => r.GetProperty("id").GetString()));
        Assert.Contains(AuditRuleCodes.InternalError, DiagnosticCatalog.AuditRules.Select(r => r.Code));
    }

    [Fact]
    public void Sarif_LintOfABrokenFolder_HasAnErrorResultAtTheBinaryFileAndExitsOne()
    {
        var run = CommandLineRun.Invoke("lint", TestPaths.Data("cli", "broken-and-good"), "--format", "sarif");

        Assert.Equal(1, run.ExitCode);
        var results = Run(run.Stdout).GetProperty("results").EnumerateArray().ToList();
        Assert.Contains(results, r => r.GetProperty("level").GetString() == "error"
            && r.GetProperty("ruleId").GetString() == "binary-content"
            && Uri(r.GetProperty("locations")[0]) == "logo.md");
    }

    [Fact]
    public void Sarif_AuditFinding_HasItsLineAndItsOtherSourcesAsRelatedLocations()
    {
        var run = CommandLineRun.Invoke("audit", Seed, "--format", "sarif", "--path-prefix", "seed");

        var conflicting = Run(run.Stdout).GetProperty("results").EnumerateArray()
            .First(r => r.GetProperty("message").GetProperty("text").GetString()!.StartsWith("'Staging deployments'", StringComparison.Ordinal));
        Assert.Equal("handoff-conflicting", conflicting.GetProperty("ruleId").GetString());
        Assert.Equal("warning", conflicting.GetProperty("level").GetString());
        var location = conflicting.GetProperty("locations")[0];
        Assert.Equal("seed/roles/devops-engineer.md", Uri(location));
        Assert.Equal("SRCROOT", location.GetProperty("physicalLocation").GetProperty("artifactLocation").GetProperty("uriBaseId").GetString());
        Assert.Equal(213, location.GetProperty("physicalLocation").GetProperty("region").GetProperty("startLine").GetInt32());
        var related = Assert.Single(conflicting.GetProperty("relatedLocations").EnumerateArray());
        Assert.Equal("seed/roles/qa-engineer.md", Uri(related));
        Assert.Equal(185, related.GetProperty("physicalLocation").GetProperty("region").GetProperty("startLine").GetInt32());
    }

    [Fact]
    public void Sarif_WithAPathPrefix_LeavesTheBaseToTheConsumer()
    {
        var run = Run(CommandLineRun.Invoke("lint", Seed, "--format", "sarif", "--path-prefix", "./docs\\team").Stdout);

        Assert.False(run.TryGetProperty("originalUriBaseIds", out _));
        Assert.All(run.GetProperty("results").EnumerateArray().Where(r => r.TryGetProperty("locations", out _)),
            r => Assert.True(File.Exists(Path.Combine(Seed, Uri(r.GetProperty("locations")[0])["docs/team/".Length..]))));
    }

    [Fact]
    public void Sarif_DiagnosticWithALineAndColumn_HasBothAndAPercentEncodedUri()
    {
        var diagnostic = new Diagnostic(DiagnosticSeverity.Info, "resolved-by-prefix", "roles/тест лид#1.md", 12, "100% sure: a, b", 5);

        var run = CommandLineRun.Invoke(CommandLineRun.Result(diagnostic), "lint", CommandLineRun.AnyFolder, "--format", "sarif", "--path-prefix", "");

        Assert.Empty(SarifSchema.Errors(run.Stdout));
        var result = Assert.Single(Run(run.Stdout).GetProperty("results").EnumerateArray());
        Assert.Equal("note", result.GetProperty("level").GetString());
        Assert.Equal("100% sure: a, b", result.GetProperty("message").GetProperty("text").GetString());
        Assert.Equal("roles/%D1%82%D0%B5%D1%81%D1%82%20%D0%BB%D0%B8%D0%B4%231.md", Uri(result.GetProperty("locations")[0]));
        var region = result.GetProperty("locations")[0].GetProperty("physicalLocation").GetProperty("region");
        Assert.Equal(12, region.GetProperty("startLine").GetInt32());
        Assert.Equal(5, region.GetProperty("startColumn").GetInt32());
    }

    [Fact]
    public void Sarif_UnknownCode_GetsARuleOfItsOwn()
    {
        var run = CommandLineRun.Invoke(CommandLineRun.Result(CommandLineRun.Error()), "lint", CommandLineRun.AnyFolder, "--format", "sarif");

        Assert.Empty(SarifSchema.Errors(run.Stdout));
        var driver = Run(run.Stdout).GetProperty("tool").GetProperty("driver");
        Assert.Equal("binary-file", driver.GetProperty("rules").EnumerateArray().Last().GetProperty("id").GetString());
    }

    [Fact]
    public void Sarif_ToAFile_WritesTheLogThereAndKeepsTheExitCode()
    {
        var file = Path.Combine(Path.GetTempPath(), $"teamgraph-{Guid.NewGuid():N}.sarif");
        try
        {
            var run = CommandLineRun.Invoke("lint", TestPaths.Data("cli", "broken-and-good"), "--format", "sarif", "-o", file);

            Assert.Equal(1, run.ExitCode);
            Assert.Empty(run.Stdout);
            Assert.Empty(SarifSchema.Errors(File.ReadAllText(file)));
            Assert.StartsWith("2 documents,", run.Stderr, StringComparison.Ordinal);
        }
        finally
        {
            File.Delete(file);
        }
    }

    private static JsonElement Run(string sarif)
    {
        using var document = JsonDocument.Parse(sarif);
        return document.RootElement.GetProperty("runs").EnumerateArray().Single().Clone();
    }

    private static string Uri(JsonElement location) =>
        location.GetProperty("physicalLocation").GetProperty("artifactLocation").GetProperty("uri").GetString()!;
}
