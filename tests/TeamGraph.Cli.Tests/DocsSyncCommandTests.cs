using System.Text;

namespace TeamGraph.Cli.Tests;

/// <summary><c>docs sync</c> on a temporary copy of tests/data/docs/team, never on the repository itself.</summary>
public sealed class DocsSyncCommandTests : IDisposable
{
    private readonly string _folder = Directory.CreateTempSubdirectory("teamgraph-docs-sync-").FullName;
    private readonly Dictionary<string, byte[]> _original;

    public DocsSyncCommandTests()
    {
        CopyFolder(TestPaths.Data("docs", "team"), _folder);
        // Skipped folders with a broken block each: syncing them would be an error. (node_modules and bin are
        // git-ignored, so they are made here rather than committed.)
        foreach (var skipped in new[] { "node_modules/pkg/README.md", "bin/README.md" })
        {
            Directory.CreateDirectory(Path.GetDirectoryName(Path.Combine(_folder, skipped))!);
            File.Copy(Path.Combine(_folder, ".drafts", "draft.md"), Path.Combine(_folder, skipped));
        }

        _original = Snapshot();
    }

    [Fact]
    public void Sync_StaleBlocks_AreRegeneratedFromTheFoldersGraph()
    {
        var run = CommandLineRun.Invoke("docs", "sync", _folder);

        Assert.True(run.ExitCode == 0, run.Stderr);
        Assert.Equal(
            "handbook.md:7: updated diagram block (--team)\n"
            + "handbook.md:13: updated diagram block (--role \"DevOps Engineer\" --depth 1 --kinds handoff,escalation --format dot)\n"
            + "windows.md:5: updated diagram block (--from BE --to QA --format plantuml)\n",
            run.Stdout.ReplaceLineEndings("\n"));
        Assert.EndsWith("3 diagram blocks: 2 files updated, 0 errors", run.Stderr.Trim(), StringComparison.Ordinal);

        var team = Diagram("--team");
        var devOps = Diagram("--role", "DO", "--kinds", "escalation,handoff", "--format", "dot");
        var expected = Text(_original["handbook.md"])
            .Replace("stale text that sync replaces\n", $"```mermaid\n{team}```\n", StringComparison.Ordinal)
            .Replace("--format dot -->\n", $"--format dot -->\n```dot\n{devOps}```\n", StringComparison.Ordinal);
        Assert.Equal(expected, File.ReadAllText(Path.Combine(_folder, "handbook.md")));
        Assert.Contains("```markdown\n<!-- teamgraph:diagram --role NOBODY -->\n<!-- /teamgraph -->\n```", expected, StringComparison.Ordinal);
    }

    [Fact]
    public void Sync_BlockWithTheDiagramOptions_IsWhatDiagramDrawsWithThem()
    {
        string[] options = ["--role", "DO", "--title", "DevOps, one-sided", "--no-legend", "--merge-handoffs", "always", "--statuses", "one-sided", "--documented"];
        File.WriteAllText(Path.Combine(_folder, "options.md"),
            "# Options\n\n<!-- teamgraph:diagram --role DO --title \"DevOps, one-sided\" --no-legend --merge-handoffs always --statuses one-sided --documented -->\n<!-- /teamgraph -->\n");

        var run = CommandLineRun.Invoke("docs", "sync", _folder);

        Assert.True(run.ExitCode == 0, run.Stderr);
        var drawn = Diagram(options);
        Assert.StartsWith("---\ntitle: \"DevOps, one-sided\"\n---\n", drawn, StringComparison.Ordinal);
        Assert.DoesNotContain("legend", drawn, StringComparison.Ordinal);
        Assert.Contains($"```mermaid\n{drawn}```\n<!-- /teamgraph -->", File.ReadAllText(Path.Combine(_folder, "options.md")), StringComparison.Ordinal);
    }

    [Fact]
    public void Sync_CrlfFile_GetsCrlfContentAndKeepsEverythingElse()
    {
        CommandLineRun.Invoke("docs", "sync", _folder);

        var chains = Diagram("--from", "BE", "--to", "QA", "--format", "plantuml").ReplaceLineEndings("\r\n");
        var expected = Text(_original["windows.md"]).Replace(
            "plantuml -->\r\n<!-- /teamgraph -->",
            $"plantuml -->\r\n```plantuml\r\n{chains}```\r\n<!-- /teamgraph -->",
            StringComparison.Ordinal);
        Assert.Equal(expected, File.ReadAllText(Path.Combine(_folder, "windows.md")));
        Assert.EndsWith("without a line end.", expected, StringComparison.Ordinal);
    }

    [Fact]
    public void Sync_OnlyFilesWithStaleBlocksChange()
    {
        CommandLineRun.Invoke("docs", "sync", _folder);

        var changed = Snapshot().Where(f => !f.Value.SequenceEqual(_original[f.Key])).Select(f => f.Key).Order(StringComparer.Ordinal);
        Assert.Equal(["handbook.md", "windows.md"], changed);
        Assert.Equal(_original.Keys.Order(StringComparer.Ordinal), Snapshot().Keys.Order(StringComparer.Ordinal));
    }

    [Fact]
    public void Sync_Twice_ChangesNothingTheSecondTime()
    {
        CommandLineRun.Invoke("docs", "sync", _folder);
        var once = Snapshot();
        var times = Directory.GetFiles(_folder, "*.md", SearchOption.AllDirectories).ToDictionary(f => f, File.GetLastWriteTimeUtc);
        Thread.Sleep(20);

        var run = CommandLineRun.Invoke("docs", "sync", _folder);

        Assert.Equal(0, run.ExitCode);
        Assert.Empty(run.Stdout);
        Assert.EndsWith("3 diagram blocks: 0 files updated, 0 errors", run.Stderr.Trim(), StringComparison.Ordinal);
        Assert.All(Snapshot(), f => Assert.Equal(once[f.Key], f.Value));
        Assert.All(times, t => Assert.Equal(t.Value, File.GetLastWriteTimeUtc(t.Key)));
    }

    [Fact]
    public void Check_StaleBlocks_AreListedWithExitOneAndNothingChanges()
    {
        var run = CommandLineRun.Invoke("docs", "sync", _folder, "--check");

        Assert.Equal(1, run.ExitCode);
        Assert.Equal(
            "handbook.md:7: stale diagram block (--team)\n"
            + "handbook.md:13: stale diagram block (--role \"DevOps Engineer\" --depth 1 --kinds handoff,escalation --format dot)\n"
            + "windows.md:5: stale diagram block (--from BE --to QA --format plantuml)\n",
            run.Stdout.ReplaceLineEndings("\n"));
        Assert.EndsWith("3 diagram blocks: 3 stale, 0 errors", run.Stderr.Trim(), StringComparison.Ordinal);
        Assert.All(Snapshot(), f => Assert.Equal(_original[f.Key], f.Value));
    }

    [Fact]
    public void Check_AfterSync_ExitsZero()
    {
        CommandLineRun.Invoke("docs", "sync", _folder);

        var run = CommandLineRun.Invoke("docs", "sync", _folder, "--check");

        Assert.Equal(0, run.ExitCode);
        Assert.Empty(run.Stdout);
    }

    [Fact]
    public void Check_AfterAHandEdit_FindsThatBlockStale()
    {
        CommandLineRun.Invoke("docs", "sync", _folder);
        var handbook = Path.Combine(_folder, "handbook.md");
        File.WriteAllText(handbook, File.ReadAllText(handbook).Replace("```dot\n", "```dot\n// my note\n", StringComparison.Ordinal));

        var run = CommandLineRun.Invoke("docs", "sync", _folder, "--check");

        Assert.Equal(1, run.ExitCode);
        Assert.Matches(@"^handbook\.md:\d+: stale diagram block \(--role ""DevOps Engineer""[^\n]*\n$", run.Stdout.ReplaceLineEndings("\n"));
    }

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public void Sync_BrokenBlocks_AreErrorsNamingFileAndLineAndTheirFileIsNotWritten(bool check)
    {
        foreach (var name in new[] { "unclosed.md", "bad-options.md", "nested.md" })
        {
            File.Copy(TestPaths.Data("docs", "blocks", name), Path.Combine(_folder, name));
        }

        var before = Snapshot();

        var run = CommandLineRun.Invoke(check ? ["docs", "sync", _folder, "--check"] : ["docs", "sync", _folder]);

        Assert.Equal(1, run.ExitCode);
        var errors = run.Stderr.ReplaceLineEndings("\n");
        Assert.Contains("error diagram-block-unknown-role bad-options.md:3 Unknown role 'Ghost'", errors, StringComparison.Ordinal);
        Assert.Contains("error diagram-block-options bad-options.md:6 Bad diagram options '--team --role DO': Give one scope", errors, StringComparison.Ordinal);
        Assert.Contains("error diagram-block-options bad-options.md:9 Bad diagram options '--team -o out.md'", errors, StringComparison.Ordinal);
        Assert.Contains("error diagram-block-unclosed unclosed.md:3 ", errors, StringComparison.Ordinal);
        Assert.Contains("error diagram-block-nested nested.md:4 ", errors, StringComparison.Ordinal);
        foreach (var name in new[] { "unclosed.md", "bad-options.md", "nested.md" })
        {
            Assert.Equal(before[name], File.ReadAllBytes(Path.Combine(_folder, name)));
        }

        // The good documents are still synced (or, when checking, still reported).
        Assert.Contains("handbook.md:7: ", run.Stdout, StringComparison.Ordinal);
        Assert.Equal(!check, !File.ReadAllBytes(Path.Combine(_folder, "handbook.md")).SequenceEqual(before["handbook.md"]));
    }

    [Fact]
    public void Sync_NotUtf8FileWithABlock_IsAnErrorAndIsNotWritten()
    {
        var path = Path.Combine(_folder, "latin1.md");
        var bytes = Encoding.Latin1.GetBytes("# Caf\u00e9\n\n<!-- teamgraph:diagram --team -->\n<!-- /teamgraph -->\n");
        File.WriteAllBytes(path, bytes);

        var run = CommandLineRun.Invoke("docs", "sync", _folder);

        Assert.Equal(1, run.ExitCode);
        Assert.Contains("error diagram-block-not-utf8 latin1.md:3 ", run.Stderr, StringComparison.Ordinal);
        Assert.Equal(bytes, File.ReadAllBytes(path));
    }

    [Fact]
    public void Sync_Utf8FileWithByteOrderMark_KeepsIt()
    {
        var path = Path.Combine(_folder, "bom.md");
        File.WriteAllBytes(path, [.. Encoding.UTF8.Preamble, .. Encoding.UTF8.GetBytes("# Команда\n<!-- teamgraph:diagram -->\n<!-- /teamgraph -->\n")]);

        CommandLineRun.Invoke("docs", "sync", _folder);

        var bytes = File.ReadAllBytes(path);
        Assert.Equal(Encoding.UTF8.Preamble.ToArray(), bytes[..3]);
        Assert.Equal($"# Команда\n<!-- teamgraph:diagram -->\n```mermaid\n{Diagram("--team")}```\n<!-- /teamgraph -->\n", Encoding.UTF8.GetString(bytes[3..]));
    }

    [Theory]
    [InlineData("docs", "sync")]
    [InlineData("docs", "sync", "{folder}", "--team")]
    [InlineData("docs", "sync", "{folder}/missing")]
    public void Sync_BadCommandLine_ExitsTwo(params string[] args)
    {
        var run = CommandLineRun.Invoke([.. args.Select(a => a.Replace("{folder}", _folder, StringComparison.Ordinal))]);

        Assert.Equal(2, run.ExitCode);
        Assert.Contains("Run 'teamgraph docs sync --help' for usage.", run.Stderr, StringComparison.Ordinal);
    }

    [Fact]
    public void Check_TheCommittedSeed_IsCurrent()
    {
        var run = CommandLineRun.Invoke("docs", "sync", Path.Combine(TestPaths.RepoRoot, "seed"), "--check");

        Assert.True(run.ExitCode == 0, run.Stdout + run.Stderr);
        Assert.Matches(@"^[1-9]\d* diagram blocks: 0 stale, 0 errors$", run.Stderr.Trim());
    }

    public void Dispose() => Directory.Delete(_folder, recursive: true);

    private string Diagram(params string[] options)
    {
        var run = CommandLineRun.Invoke(["diagram", _folder, .. options]);
        Assert.Equal(0, run.ExitCode);
        return run.Stdout;
    }

    private Dictionary<string, byte[]> Snapshot() =>
        Directory.GetFiles(_folder, "*", SearchOption.AllDirectories)
            .ToDictionary(f => Path.GetRelativePath(_folder, f).Replace('\\', '/'), File.ReadAllBytes);

    private static string Text(byte[] bytes) => Encoding.UTF8.GetString(bytes);

    private static void CopyFolder(string from, string to)
    {
        foreach (var file in Directory.GetFiles(from, "*", SearchOption.AllDirectories))
        {
            var target = Path.Combine(to, Path.GetRelativePath(from, file));
            Directory.CreateDirectory(Path.GetDirectoryName(target)!);
            File.Copy(file, target);
        }
    }
}
