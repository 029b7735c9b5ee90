using System.Text.Json;

namespace TeamGraph.Cli.Tests;

/// <summary>The real ingester on tests/data/cli/broken-and-good: a binary <c>logo.md</c> next to a good QA card.</summary>
public class BrokenFolderTests
{
    private static readonly string Folder = TestPaths.Data("cli", "broken-and-good");

    [Fact]
    public void Lint_BinaryFile_ExitsOneNamingTheFile()
    {
        var run = CommandLineRun.Invoke("lint", Folder);

        Assert.Equal(1, run.ExitCode);
        Assert.Contains(run.Stdout.Split('\n'), line => line.StartsWith("error ", StringComparison.Ordinal) && line.Contains("logo.md", StringComparison.Ordinal));
        Assert.DoesNotContain(run.Stdout.Split('\n'), line => line.StartsWith("error ", StringComparison.Ordinal) && line.Contains("qa-engineer.md", StringComparison.Ordinal));
        Assert.StartsWith("2 documents,", run.Stderr.Trim(), StringComparison.Ordinal);
    }

    [Fact]
    public void Lint_BinaryFileAsJson_HasAnErrorForIt()
    {
        var run = CommandLineRun.Invoke("lint", Folder, "--format", "json");

        using var json = JsonDocument.Parse(run.Stdout);
        Assert.Contains(json.RootElement.EnumerateArray(), d =>
            d.GetProperty("severity").GetString() == "error" && d.GetProperty("path").GetString() == "logo.md");
    }

    [Fact]
    public void Export_BinaryFile_StillExportsTheGoodCard()
    {
        var run = CommandLineRun.Invoke("export", Folder, "--format", "jsonl");

        Assert.Equal(0, run.ExitCode);
        Assert.Contains("logo.md", run.Stderr, StringComparison.Ordinal);
        var nodes = run.Stdout.Split('\n', StringSplitOptions.RemoveEmptyEntries).Select(line => JsonDocument.Parse(line).RootElement);
        Assert.Contains(nodes, n =>
            n.GetProperty("labels")[0].GetString() == "Role"
            && n.GetProperty("properties").TryGetProperty("code", out var code) && code.GetString() == "QA"
            && n.GetProperty("properties").TryGetProperty("name", out var name) && name.GetString() == "QA Engineer");
    }

    [Fact]
    public void Export_BinaryFileAsCypher_StillMergesTheGoodCard()
    {
        var run = CommandLineRun.Invoke("export", Folder, "--format", "cypher");

        Assert.Equal(0, run.ExitCode);
        Assert.Contains("code: 'QA'", run.Stdout, StringComparison.Ordinal);
        Assert.Contains("Выпускать только проверенные релизы", run.Stdout, StringComparison.Ordinal);
    }
}
