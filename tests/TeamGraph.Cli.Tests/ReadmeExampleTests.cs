namespace TeamGraph.Cli.Tests;

/// <summary>The README's rendered example is what the command prints today.</summary>
public sealed class ReadmeExampleTests
{
    [Fact]
    public void Readme_DiagramExample_IsTheCurrentOutput()
    {
        var run = CommandLineRun.Invoke("diagram", Path.Combine(TestPaths.RepoRoot, "seed"), "--role", "DO", "--depth", "1");
        var readme = File.ReadAllText(Path.Combine(TestPaths.RepoRoot, "README.md")).ReplaceLineEndings("\n");

        Assert.Equal(0, run.ExitCode);
        Assert.Contains($"`diagram seed --role DO --depth 1` (`{run.Stderr.Trim()}`;", readme, StringComparison.Ordinal);
        Assert.Contains($"\n```mermaid\n{run.Stdout.ReplaceLineEndings("\n")}```\n", readme, StringComparison.Ordinal);
    }
}
