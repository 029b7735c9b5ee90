using Spectre.Console.Testing;
using TeamGraph.Core.Audit;
using TeamGraph.Core.Diagnostics;
using TeamGraph.Core.Ingestion;

namespace TeamGraph.Cli.Tests;

/// <summary>Colour and progress on a terminal; plain, byte-identical text when redirected; no progress under --quiet.</summary>
public sealed class CommandConsoleTests
{
    private const char Escape = '\u001b';
    private static readonly string Seed = Path.Combine(TestPaths.RepoRoot, "seed");

    [Fact]
    public void Lint_OnATerminal_ColoursSeveritiesAndTheSummary()
    {
        var run = Run(new TerminalCapabilities(true, true, NoColor: false), "lint", Seed);
        var plain = CommandLineRun.Invoke("lint", Seed);

        Assert.Equal(plain.ExitCode, run.ExitCode);
        Assert.StartsWith($"{Escape}[", run.Stdout, StringComparison.Ordinal);
        Assert.Contains($"{Escape}[93mwarning{Escape}[0m handoff-", run.Stdout, StringComparison.Ordinal);
        Assert.Contains($"{Escape}[94minfo{Escape}[0m ", run.Stdout, StringComparison.Ordinal);
        Assert.Matches($@"diagnostics: 0 errors, {Escape}\[93m\d+ warnings{Escape}\[0m, {Escape}\[94m\d+ info{Escape}\[0m", run.Stderr);
        Assert.Equal(plain.Stdout, Uncoloured(run.Stdout));
    }

    [Fact]
    public void Audit_OnATerminal_ColoursSeverities()
    {
        var run = Run(new TerminalCapabilities(true, true, NoColor: false), "audit", Seed);

        Assert.Contains($"{Escape}[93mwarning{Escape}[0m handoff-", run.Stdout, StringComparison.Ordinal);
        Assert.Equal(CommandLineRun.Invoke("audit", Seed).Stdout, Uncoloured(run.Stdout));
    }

    [Theory]
    [InlineData(false, false, false)]
    [InlineData(true, true, true)]
    public void Lint_RedirectedOrNoColor_IsByteIdenticalPlainText(bool stdoutIsTerminal, bool stderrIsTerminal, bool noColor)
    {
        var run = Run(new TerminalCapabilities(stdoutIsTerminal, stderrIsTerminal, noColor), "lint", Seed);
        var plain = CommandLineRun.Invoke("lint", Seed);

        Assert.Equal(plain.Stdout, run.Stdout);
        Assert.DoesNotContain(Escape, run.Stdout);
        Assert.DoesNotContain(Escape, run.Stderr);
    }

    [Fact]
    public void Lint_StdoutRedirectedStderrATerminal_ColoursOnlyStderr()
    {
        var run = Run(new TerminalCapabilities(false, true, NoColor: false), "lint", Seed);

        Assert.DoesNotContain(Escape, run.Stdout);
        Assert.Contains(Escape, run.Stderr);
    }

    [Theory]
    [InlineData(null, false)]
    [InlineData("", false)]
    [InlineData("1", true)]
    [InlineData("false", true)]
    public void Detect_NoColorSetToAnyNonEmptyValue_TurnsColourOff(string? value, bool noColor) =>
        Assert.Equal(noColor, TerminalCapabilities.Detect(name => name == "NO_COLOR" ? value : null).NoColor);

    [Fact]
    public void Lint_OnATerminal_DrawsLiveProgressForEachStepAndNoPlainLines()
    {
        var live = new TestConsole().Interactive().EmitAnsiSequences();
        live.Profile.Width = 100;

        var run = Run(new TerminalCapabilities(false, true, NoColor: false), live, "lint", Seed);

        Assert.Equal(0, run.ExitCode);
        Assert.Contains("reading documents", live.Output, StringComparison.Ordinal);
        Assert.Contains("building the graph", live.Output, StringComparison.Ordinal);
        Assert.Contains("auditing", live.Output, StringComparison.Ordinal);
        Assert.Matches(@"^\d+ documents, .*info\S*\s*$", run.Stderr);
    }

    [Fact]
    public void Lint_Quiet_DrawsNoProgressEvenOnATerminal()
    {
        var live = new TestConsole().Interactive().EmitAnsiSequences();

        var run = Run(new TerminalCapabilities(false, true, NoColor: false), live, "lint", Seed, "--quiet");

        Assert.Equal(0, run.ExitCode);
        Assert.Empty(live.Output);
    }

    [Fact]
    public void LiveProgress_ReportsFromManyThreads_EndsAtTheTotal()
    {
        var live = new TestConsole().Interactive();
        live.Profile.Width = 100;

        using (var progress = new LiveProgress(live))
        {
            Parallel.For(1, 501, done => progress.Report(new IngestionProgress(done, 500, $"roles/{done}.md")));
            progress.Report(new IngestionProgress(500, 500, "roles/500.md"));
            progress.Report(new AuditProgress(9, 9, null));
        }

        Assert.Contains("reading documents", live.Output, StringComparison.Ordinal);
    }

    [Fact]
    public void SeverityPalette_Plain_LeavesTheLineAsItIs()
    {
        var diagnostic = new Diagnostic(DiagnosticSeverity.Error, "binary-file", "roles/logo.md", 3, "The file is binary.");

        Assert.Equal(diagnostic.ToString(), SeverityPalette.Plain.Line(diagnostic));
        Assert.Equal($"{Escape}[91merror{Escape}[0m binary-file roles/logo.md:3 The file is binary.", SeverityPalette.Colours.Line(diagnostic));
    }

    private static CommandLineRun Run(TerminalCapabilities terminal, params string[] args) => Run(terminal, new TestConsole(), args);

    private static CommandLineRun Run(TerminalCapabilities terminal, TestConsole live, params string[] args)
    {
        using var stdout = new StringWriter();
        using var stderr = new StringWriter();
        var exitCode = TeamGraphCommandLine.Run(args, stdout, stderr, new CommandConsole(stderr, terminal, () => live));
        return new CommandLineRun(exitCode, stdout.ToString(), stderr.ToString());
    }

    private static string Uncoloured(string text) => System.Text.RegularExpressions.Regex.Replace(text, @"\u001b\[[0-9;]*m", "");
}
