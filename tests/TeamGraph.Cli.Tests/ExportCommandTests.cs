using System.Text.Json;
using TeamGraph.Core.Graph;
using TeamGraph.Core.Ingestion;

namespace TeamGraph.Cli.Tests;

public sealed class ExportCommandTests : IDisposable
{
    private static readonly string Folder = CommandLineRun.AnyFolder;
    private readonly string _outputDir = Directory.CreateTempSubdirectory("teamgraph-export-").FullName;

    [Fact]
    public void Export_Jsonl_WritesOneJsonLinePerElementOnStdout()
    {
        var run = CommandLineRun.Invoke(SmallResult(), "export", Folder, "--format", "jsonl");

        Assert.Equal(0, run.ExitCode);
        var lines = run.Stdout.TrimEnd('\n').Split('\n');
        Assert.Equal(3, lines.Length);
        using var relationship = JsonDocument.Parse(lines[2]);
        Assert.Equal("GIVES", relationship.RootElement.GetProperty("label").GetString());
        Assert.Contains("\"name\":\"Инженер DevOps\"", run.Stdout, StringComparison.Ordinal);
    }

    [Fact]
    public void Export_Cypher_WritesTheScriptOnStdout()
    {
        var run = CommandLineRun.Invoke(SmallResult(), "export", Folder, "--format", "cypher");

        Assert.Equal(0, run.ExitCode);
        Assert.StartsWith("CREATE CONSTRAINT role_id IF NOT EXISTS", run.Stdout, StringComparison.Ordinal);
        Assert.Contains("MERGE (n:`Role` {id: 'role:DO'}) SET n += {documented: true, name: 'Инженер DevOps', source: 'roles/do.md:1'};", run.Stdout, StringComparison.Ordinal);
        var report = run.Stdout.Split('\n', StringSplitOptions.RemoveEmptyEntries)[^1];
        Assert.StartsWith($"MERGE (r:`IngestReport` {{scope: '{Path.GetFileName(Folder)}'}}) SET r = {{documentedRoles: ", report, StringComparison.Ordinal);
        Assert.Contains("findings: '[", report, StringComparison.Ordinal);
    }

    [Fact]
    public void Export_WithOutputFile_WritesTheFileAndNothingOnStdout()
    {
        var output = Path.Combine(_outputDir, "graph.jsonl");

        var run = CommandLineRun.Invoke(SmallResult(), "export", Folder, "--format", "jsonl", "-o", output);

        Assert.Equal(0, run.ExitCode);
        Assert.Empty(run.Stdout);
        var bytes = File.ReadAllBytes(output);
        Assert.NotEqual(0xEF, bytes[0]);
        Assert.Equal(CommandLineRun.Invoke(SmallResult(), "export", Folder, "--format", "jsonl").Stdout, File.ReadAllText(output));
        Assert.Equal(["graph.jsonl"], Directory.GetFiles(_outputDir).Select(Path.GetFileName));
    }

    [Fact]
    public void Export_WithExistingOutputFile_ReplacesIt()
    {
        var output = Path.Combine(_outputDir, "graph.cypher");
        File.WriteAllText(output, new string('x', 100_000));

        var run = CommandLineRun.Invoke(SmallResult(), "export", Folder, "--format", "cypher", "--output", output);

        Assert.Equal(0, run.ExitCode);
        Assert.StartsWith("CREATE CONSTRAINT", File.ReadAllText(output), StringComparison.Ordinal);
        Assert.DoesNotContain("xxx", File.ReadAllText(output), StringComparison.Ordinal);
    }

    [Fact]
    public void Export_ErrorsInTheDocuments_AreListedOnStderrButTheExportSucceeds()
    {
        var result = SmallResult() with { Diagnostics = [CommandLineRun.Error(), CommandLineRun.Warning()] };

        var run = CommandLineRun.Invoke(result, "export", Folder, "--format", "jsonl");

        Assert.Equal(0, run.ExitCode);
        Assert.Contains("error binary-file roles/logo.md The file is binary, not text.", run.Stderr, StringComparison.Ordinal);
        Assert.DoesNotContain("unresolved-name", run.Stderr, StringComparison.Ordinal);
        Assert.EndsWith(
            "3 documents, 2 nodes, 1 relationships; diagnostics: 1 errors, 1 warnings, 0 info\n",
            run.Stderr.ReplaceLineEndings("\n"),
            StringComparison.Ordinal);
    }

    [Fact]
    public void Export_GraphOutsideTheVocabulary_FailsWithExitOneAndWritesNoFile()
    {
        var bad = new GraphNode("x", "Person", new Dictionary<string, object>());
        var result = SmallResult() with { Graph = new PropertyGraph([bad], []) };
        var output = Path.Combine(_outputDir, "graph.cypher");

        var run = CommandLineRun.Invoke(result, "export", Folder, "--format", "cypher", "-o", output);

        Assert.Equal(1, run.ExitCode);
        Assert.Contains("error: export failed: 'Person' is not a node label", run.Stderr, StringComparison.Ordinal);
        Assert.Empty(Directory.GetFiles(_outputDir));
    }

    [Theory]
    [InlineData("jsonl")]
    [InlineData("cypher")]
    public void Export_ExporterThatFailsUnexpectedly_NamesTheFormatWithoutAStackTraceAndExitsThree(string format)
    {
        var broken = new GraphNode("role:QA", NodeLabels.Role, new Dictionary<string, object> { ["aliases"] = new ThrowingList<string>(), ["documented"] = true, ["source"] = "roles/qa.md:1" });
        var result = SmallResult() with { Graph = new PropertyGraph([broken], []) };
        var output = Path.Combine(_outputDir, "graph.out");

        var run = CommandLineRun.Invoke(result, "export", Folder, "--format", format, "-o", output);

        Assert.Equal(3, run.ExitCode);
        Assert.StartsWith($"error: The export stage failed on the {format} export (InvalidOperationException: Injected fault", run.Stderr, StringComparison.Ordinal);
        Assert.DoesNotContain("   at ", run.Stderr, StringComparison.Ordinal);
        Assert.Empty(Directory.GetFiles(_outputDir));
    }

    [Theory]
    [InlineData("export", "{folder}")]
    [InlineData("export", "{folder}", "--format", "csv")]
    [InlineData("export", "{folder}", "--format", "jsonl", "-o")]
    [InlineData("export", "--format", "jsonl")]
    [InlineData("export", "{folder}", "--format", "jsonl", "--loud")]
    public void Export_BadCommandLine_ExitsTwo(params string[] args)
    {
        var run = CommandLineRun.Invoke(SmallResult(), [.. args.Select(a => a.Replace("{folder}", Folder, StringComparison.Ordinal))]);

        Assert.Equal(2, run.ExitCode);
        Assert.StartsWith("error: ", run.Stderr, StringComparison.Ordinal);
        Assert.Empty(run.Stdout);
    }

    [Fact]
    public void Export_OutputInAFolderThatDoesNotExist_IsAUsageErrorNamingIt()
    {
        var output = Path.Combine(_outputDir, "missing", "graph.jsonl");

        var run = CommandLineRun.Invoke(SmallResult(), "export", Folder, "--format", "jsonl", "-o", output);

        Assert.Equal(2, run.ExitCode);
        Assert.Contains($"Directory '{Path.Combine(_outputDir, "missing")}' of output file", run.Stderr, StringComparison.Ordinal);
    }

    [Fact]
    public void Export_OutputThatIsAFolder_IsAUsageError()
    {
        var run = CommandLineRun.Invoke(SmallResult(), "export", Folder, "--format", "jsonl", "-o", _outputDir);

        Assert.Equal(2, run.ExitCode);
        Assert.Contains("is a directory, not a file", run.Stderr, StringComparison.Ordinal);
    }

    public void Dispose() => Directory.Delete(_outputDir, recursive: true);

    private static IngestionResult SmallResult()
    {
        var role = new GraphNode("role:DO", NodeLabels.Role, new Dictionary<string, object> { ["name"] = "Инженер DevOps", ["documented"] = true, ["source"] = "roles/do.md:1" });
        var handoff = new GraphNode("handoff:1", NodeLabels.Handoff, new Dictionary<string, object> { ["what"] = "it's \"done\"\n", ["source"] = "roles/do.md:9" });
        var gives = new GraphRelationship("gives:1", RelationshipTypes.Gives, role.Id, handoff.Id, new Dictionary<string, object> { ["source"] = "roles/do.md:9" });
        return new IngestionResult(new PropertyGraph([role, handoff], [gives]), [], [], DocumentCount: 3);
    }
}
