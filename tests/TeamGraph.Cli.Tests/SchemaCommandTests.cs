namespace TeamGraph.Cli.Tests;

public sealed class SchemaCommandTests : IDisposable
{
    private static readonly string Committed = File.ReadAllText(Path.Combine(TestPaths.RepoRoot, "schema.graphql"));
    private readonly string _outputDir = Directory.CreateTempSubdirectory("teamgraph-schema-").FullName;

    [Fact]
    public void Schema_PrintsTheCommittedSchemaGraphql()
    {
        var run = CommandLineRun.Invoke("schema");

        Assert.Equal(0, run.ExitCode);
        Assert.Equal(Committed.ReplaceLineEndings("\n"), run.Stdout.ReplaceLineEndings("\n"));
        Assert.Contains("reload: ReloadResult!", run.Stdout, StringComparison.Ordinal);
        Assert.Equal("", run.Stderr);
    }

    [Fact]
    public void Schema_WithOutputFile_WritesTheSchemaAndNothingOnStdout()
    {
        var output = Path.Combine(_outputDir, "schema.graphql");

        var run = CommandLineRun.Invoke("schema", "-o", output);

        Assert.Equal(0, run.ExitCode);
        Assert.Equal("", run.Stdout);
        Assert.Equal(Committed.ReplaceLineEndings("\n"), File.ReadAllText(output).ReplaceLineEndings("\n"));
    }

    [Fact]
    public void Schema_OutputInAMissingFolder_IsAUsageError()
    {
        var run = CommandLineRun.Invoke("schema", "-o", Path.Combine(_outputDir, "no-such-folder", "schema.graphql"));

        Assert.Equal(2, run.ExitCode);
        Assert.Contains("does not exist", run.Stderr, StringComparison.Ordinal);
    }

    public void Dispose() => Directory.Delete(_outputDir, recursive: true);
}
