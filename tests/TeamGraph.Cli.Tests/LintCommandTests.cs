using System.Text.Json;

namespace TeamGraph.Cli.Tests;

public class LintCommandTests
{
    private static readonly string Folder = CommandLineRun.AnyFolder;

    [Fact]
    public void Lint_NoDiagnostics_ExitsZero()
    {
        var run = CommandLineRun.Invoke(CommandLineRun.Result(), "lint", Folder);

        Assert.Equal(0, run.ExitCode);
        Assert.Empty(run.Stdout);
    }

    [Fact]
    public void Lint_WarningsAndInfo_ExitZero()
    {
        var run = CommandLineRun.Invoke(CommandLineRun.Result(CommandLineRun.Warning(), CommandLineRun.Info()), "lint", Folder);

        Assert.Equal(0, run.ExitCode);
    }

    [Fact]
    public void Lint_WarningsWithWarningsAsErrors_ExitsOne()
    {
        var run = CommandLineRun.Invoke(CommandLineRun.Result(CommandLineRun.Warning()), "lint", Folder, "--warnings-as-errors");

        Assert.Equal(1, run.ExitCode);
    }

    [Fact]
    public void Lint_InfoOnlyWithWarningsAsErrors_ExitsZero()
    {
        var run = CommandLineRun.Invoke(CommandLineRun.Result(CommandLineRun.Info()), "lint", Folder, "--warnings-as-errors");

        Assert.Equal(0, run.ExitCode);
    }

    [Fact]
    public void Lint_Errors_ExitOne()
    {
        var run = CommandLineRun.Invoke(CommandLineRun.Result(CommandLineRun.Error()), "lint", Folder);

        Assert.Equal(1, run.ExitCode);
    }

    [Fact]
    public void Lint_TextFormat_PrintsOneDiagnosticPerLine()
    {
        var diagnostics = new[] { CommandLineRun.Error(), CommandLineRun.Warning(), CommandLineRun.Info() };

        var run = CommandLineRun.Invoke(CommandLineRun.Result(diagnostics), "lint", Folder);

        Assert.Equal(
            [
                "error binary-file roles/logo.md The file is binary, not text.",
                "warning unresolved-name roles/qa.md:12:5 No role named \"Ops\" — кто это?",
                "info encoding-repaired roles/devops-engineer.md Repaired Mac Roman mojibake.",
            ],
            run.Stdout.ReplaceLineEndings("\n").TrimEnd('\n').Split('\n'));
    }

    [Fact]
    public void Lint_Always_PrintsTheSummaryOnStderr()
    {
        var diagnostics = new[] { CommandLineRun.Error(), CommandLineRun.Error("b.md"), CommandLineRun.Warning(), CommandLineRun.Info() };

        var run = CommandLineRun.Invoke(CommandLineRun.Result(diagnostics), "lint", Folder);

        Assert.Equal(
            "3 documents, 0 nodes, 0 relationships; diagnostics: 2 errors, 1 warnings, 1 info",
            run.Stderr.ReplaceLineEndings("\n").TrimEnd('\n'));
    }

    [Fact]
    public void Lint_JsonFormat_PrintsAnArrayWithEveryField()
    {
        var run = CommandLineRun.Invoke(CommandLineRun.Result(CommandLineRun.Error(), CommandLineRun.Warning()), "lint", Folder, "--format", "json");

        using var json = JsonDocument.Parse(run.Stdout);
        var items = json.RootElement.EnumerateArray().ToList();
        Assert.Equal(2, items.Count);
        Assert.Equal("error", items[0].GetProperty("severity").GetString());
        Assert.Equal("binary-file", items[0].GetProperty("code").GetString());
        Assert.Equal("roles/logo.md", items[0].GetProperty("path").GetString());
        Assert.Equal(JsonValueKind.Null, items[0].GetProperty("line").ValueKind);
        Assert.Equal(JsonValueKind.Null, items[0].GetProperty("column").ValueKind);
        Assert.Equal("warning", items[1].GetProperty("severity").GetString());
        Assert.Equal(12, items[1].GetProperty("line").GetInt32());
        Assert.Equal(5, items[1].GetProperty("column").GetInt32());
        Assert.Equal("No role named \"Ops\" — кто это?", items[1].GetProperty("message").GetString());
        Assert.Contains("кто это?", run.Stdout, StringComparison.Ordinal);
    }

    [Fact]
    public void Lint_JsonFormatWithoutDiagnostics_PrintsAnEmptyArray()
    {
        var run = CommandLineRun.Invoke(CommandLineRun.Result(), "lint", Folder, "-f", "json");

        Assert.Equal(0, run.ExitCode);
        Assert.Equal("[]", run.Stdout.Trim());
    }

    [Fact]
    public void Lint_FolderThatDoesNotExist_IsAUsageErrorNamingIt()
    {
        var missing = Path.Combine(Path.GetTempPath(), "teamgraph-no-such-folder-" + Guid.NewGuid().ToString("N"));

        var run = CommandLineRun.Invoke(CommandLineRun.Result(), "lint", missing);

        Assert.Equal(2, run.ExitCode);
        Assert.Contains($"Directory '{missing}' does not exist.", run.Stderr, StringComparison.Ordinal);
        Assert.Empty(run.Stdout);
    }

    [Fact]
    public void Lint_FileInsteadOfFolder_IsAUsageError()
    {
        var file = Path.Combine(Folder, "qa-engineer.md");

        var run = CommandLineRun.Invoke(CommandLineRun.Result(), "lint", file);

        Assert.Equal(2, run.ExitCode);
        Assert.Contains("is a file, not a directory", run.Stderr, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("lint")]
    [InlineData("lint", "{folder}", "--bogus")]
    [InlineData("lint", "{folder}", "--format", "xml")]
    [InlineData("lint", "{folder}", "{folder}")]
    [InlineData("frobnicate")]
    [InlineData]
    public void Lint_BadCommandLine_ExitsTwoWithAMessage(params string[] args)
    {
        var run = CommandLineRun.Invoke(CommandLineRun.Result(CommandLineRun.Error()), [.. args.Select(a => a.Replace("{folder}", Folder, StringComparison.Ordinal))]);

        Assert.Equal(2, run.ExitCode);
        Assert.StartsWith("error: ", run.Stderr, StringComparison.Ordinal);
        Assert.Contains("--help' for usage.", run.Stderr, StringComparison.Ordinal);
    }

    [Fact]
    public void Lint_Help_ExitsZeroAndDescribesTheOptions()
    {
        var run = CommandLineRun.Invoke(CommandLineRun.Result(), "lint", "--help");

        Assert.Equal(0, run.ExitCode);
        Assert.Contains("--warnings-as-errors", run.Stdout, StringComparison.Ordinal);
    }
}
