using System.Text.Json;

namespace TeamGraph.Cli.Tests;

/// <summary>The real ingester on the real <c>seed/</c> folder, end to end.</summary>
public class SeedFolderTests
{
    private static readonly string Seed = Path.Combine(TestPaths.RepoRoot, "seed");

    private static readonly int SeedDocumentCount = Directory.GetFiles(Seed, "*.md", SearchOption.AllDirectories).Length;

    [Fact]
    public void Lint_Seed_FindsNoErrors()
    {
        var run = CommandLineRun.Invoke("lint", Seed);

        Assert.True(run.ExitCode == 0, run.Stdout + run.Stderr);
        Assert.DoesNotContain("error ", run.Stdout, StringComparison.Ordinal);
        Assert.Matches($@"^{SeedDocumentCount} documents, \d+ nodes, \d+ relationships; diagnostics: 0 errors, \d+ warnings, \d+ info$", run.Stderr.Trim());
    }

    [Fact]
    public void Lint_Seed_SummaryCountsEveryDiagnosticItPrinted()
    {
        // Issue #10: lint printed 56 warnings (the audit's findings) and then a summary saying "0 warnings".
        var run = CommandLineRun.Invoke("lint", Seed);

        var printed = run.Stdout.Split('\n', StringSplitOptions.RemoveEmptyEntries).GroupBy(line => line.Split(' ')[0]).ToDictionary(g => g.Key, g => g.Count());
        Assert.True(printed.GetValueOrDefault("warning") > 0, run.Stdout);
        Assert.EndsWith(
            $"diagnostics: {printed.GetValueOrDefault("error")} errors, {printed.GetValueOrDefault("warning")} warnings, {printed.GetValueOrDefault("info")} info",
            run.Stderr.Trim(), StringComparison.Ordinal);
    }

    [Fact]
    public void Lint_SeedWithWarningsAsErrors_FailsAndItsSummarySaysWhy()
    {
        var run = CommandLineRun.Invoke("lint", Seed, "--warnings-as-errors");

        Assert.Equal(1, run.ExitCode);
        Assert.DoesNotMatch(" 0 warnings", run.Stderr);
    }

    [Theory]
    [InlineData("lint")]
    [InlineData("audit")]
    public void Command_SeedWithABlankToWhomCell_PrintsNoStackTraceAndItsCountsAgree(string command)
    {
        // The input of issue #10 that crashed lint and audit with a KeyNotFoundException and its stack trace.
        using var folder = SeedFolderCopy.WithEdit("roles/devops-engineer.md", "| Environment ready | Developers |", "| Environment ready |  |");

        var run = CommandLineRun.Invoke(command, folder.Path);

        Assert.DoesNotContain("   at ", run.Stdout + run.Stderr, StringComparison.Ordinal);
        Assert.Contains(run.Stdout.Split('\n'), line => line.StartsWith("warning handoff-one-sided ", StringComparison.Ordinal));
        // The finding lines: audit may end with a blank line and a glossary block to paste, which are not findings.
        var printed = run.Stdout.Split('\n').TakeWhile(line => line.TrimEnd('\r').Length > 0).Count();
        Assert.Contains(command == "lint" ? "diagnostics:" : $"{printed} findings", run.Stderr, StringComparison.Ordinal);
        Assert.Equal(run.Stdout.Split('\n').Any(line => line.StartsWith("error ", StringComparison.Ordinal)) ? 1 : command == "lint" ? 0 : 1, run.ExitCode);
    }

    [Fact]
    public void Lint_SeedAsJson_ParsesAndMatchesTheTextFormat()
    {
        var text = CommandLineRun.Invoke("lint", Seed);
        var json = CommandLineRun.Invoke("lint", Seed, "--format", "json");

        using var document = JsonDocument.Parse(json.Stdout);
        var count = text.Stdout.Split('\n', StringSplitOptions.RemoveEmptyEntries).Length;
        Assert.Equal(count, document.RootElement.GetArrayLength());
        Assert.All(document.RootElement.EnumerateArray(), d => Assert.True(File.Exists(Path.Combine(Seed, d.GetProperty("path").GetString()!))));
    }

    [Fact]
    public void Export_SeedAsJsonl_HasTheDevOpsRole()
    {
        var run = CommandLineRun.Invoke("export", Seed, "--format", "jsonl");

        Assert.Equal(0, run.ExitCode);
        var nodes = Lines(run.Stdout).Where(l => l.GetProperty("type").GetString() == "node").ToList();
        Assert.Contains(nodes, n =>
            n.GetProperty("labels")[0].GetString() == "Role"
            && n.GetProperty("properties").GetProperty("code").GetString() == "DO"
            && n.GetProperty("properties").GetProperty("name").GetString() == "DevOps Engineer");
    }

    [Fact]
    public void Export_SeedAsJsonl_GivesEveryNodeAndRelationshipASource()
    {
        var run = CommandLineRun.Invoke("export", Seed, "--format", "jsonl");

        var lines = Lines(run.Stdout);
        Assert.Contains(lines, l => l.GetProperty("type").GetString() == "relationship");
        Assert.All(lines, l => Assert.True(
            l.GetProperty("properties").TryGetProperty("source", out var source) && source.GetString()!.Length > 0,
            $"No source on {l.GetRawText()}"));
    }

    [Fact]
    public void Export_SeedAsJsonl_RepairsTheMojibake()
    {
        var run = CommandLineRun.Invoke("export", Seed, "--format", "jsonl");

        Assert.Contains("Обеспечить надежную, автоматизированную доставку кода в production", run.Stdout, StringComparison.Ordinal);
        Assert.DoesNotContain("–û", run.Stdout, StringComparison.Ordinal);
    }

    [Fact]
    public void Export_SeedTwice_GivesTheSameBytes()
    {
        var first = CommandLineRun.Invoke("export", Seed, "--format", "cypher");
        var second = CommandLineRun.Invoke("export", Seed, "--format", "cypher");

        Assert.Equal(first.Stdout, second.Stdout);
    }

    [Fact]
    public void Export_SeedSummary_CountsWhatWasWritten()
    {
        var run = CommandLineRun.Invoke("export", Seed, "--format", "jsonl");

        var lines = Lines(run.Stdout);
        var nodes = lines.Count(l => l.GetProperty("type").GetString() == "node");
        var relationships = lines.Count - nodes;
        Assert.StartsWith($"{SeedDocumentCount} documents, {nodes} nodes, {relationships} relationships; diagnostics: 0 errors,", run.Stderr.Trim(), StringComparison.Ordinal);
    }

    private static List<JsonElement> Lines(string jsonl) =>
        [.. jsonl.Split('\n', StringSplitOptions.RemoveEmptyEntries).Select(line => JsonDocument.Parse(line).RootElement)];
}
