using TeamGraph.Core.Diagnostics;
using TeamGraph.Core.Diagrams;
using TeamGraph.Core.Graph;
using TeamGraph.Core.Ingestion;

namespace TeamGraph.Cli.Tests;

/// <summary>What a user sees when TeamGraph itself fails: one line and exit 3, the stack trace only with <c>--verbose</c>.</summary>
public class TeamGraphCommandLineTests
{
    private static readonly string Folder = CommandLineRun.AnyFolder;

    private static CommandLineRun Invoke(FolderIngest ingest, IDiagramGenerator diagrams, params string[] args)
    {
        using var stdout = new StringWriter();
        using var stderr = new StringWriter();
        var exitCode = TeamGraphCommandLine.Run(args, stdout, stderr, ingest, diagrams);
        return new CommandLineRun(exitCode, stdout.ToString(), stderr.ToString());
    }

    private static IngestionResult Throw(string folder, IProgress<IngestionProgress>? progress, CancellationToken cancellationToken) =>
        throw new InvalidOperationException("Sequence contains more than one element");

    [Theory]
    [InlineData("lint")]
    [InlineData("audit")]
    [InlineData("export", "--format", "jsonl")]
    [InlineData("diagram")]
    public void Run_CommandThatThrowsUnexpectedly_PrintsOneClearMessageWithoutAStackTraceAndExitsThree(string command, params string[] options)
    {
        var run = Invoke(Throw, new DiagramGenerator(), [command, Folder, .. options]);

        Assert.Equal(3, run.ExitCode);
        Assert.Equal(
            [
                "error: teamgraph failed unexpectedly (InvalidOperationException: Sequence contains more than one element)",
                "This is a TeamGraph bug, not a problem with your documents: run again with --verbose for the stack trace and report it.",
            ],
            run.Stderr.ReplaceLineEndings("\n").TrimEnd('\n').Split('\n'));
    }

    [Fact]
    public void Run_Verbose_AddsTheStackTrace()
    {
        var run = Invoke(Throw, new DiagramGenerator(), "lint", Folder, "--verbose");

        Assert.Equal(3, run.ExitCode);
        Assert.StartsWith("error: teamgraph failed unexpectedly (InvalidOperationException: ", run.Stderr, StringComparison.Ordinal);
        Assert.Contains("   at ", run.Stderr, StringComparison.Ordinal);
        Assert.Contains(nameof(Throw), run.Stderr, StringComparison.Ordinal);
    }

    [Fact]
    public void Run_DiagramWriterThatFails_NamesTheFormatAndScopeAndExitsThree()
    {
        var run = Invoke((_, _, _) => CommandLineRun.Result(), new FailingDiagrams(), "diagram", Folder, "--format", "dot");

        Assert.Equal(3, run.ExitCode);
        Assert.StartsWith("error: The diagram stage failed on the team diagram in dot (ArgumentOutOfRangeException: ", run.Stderr, StringComparison.Ordinal);
        Assert.DoesNotContain("   at ", run.Stderr, StringComparison.Ordinal);
        Assert.Empty(run.Stdout);
    }

    [Fact]
    public void Run_Cancelled_ExitsOneHundredThirty()
    {
        var run = Invoke((_, _, _) => throw new OperationCanceledException(), new DiagramGenerator(), "lint", Folder);

        Assert.Equal(130, run.ExitCode);
        Assert.Equal("cancelled", run.Stderr.Trim());
    }

    /// <summary>Draws through the guard, as <see cref="DiagramGenerator"/> does, with a writer that reads one node past the end.</summary>
    private sealed class FailingDiagrams : IDiagramGenerator
    {
        public DiagramResult Generate(PropertyGraph graph, DiagramRequest request) =>
            StageGuard.Run(PipelineStage.Diagram, "the team diagram in dot", () => new DiagramResult(request.Format, graph.Nodes[graph.Nodes.Count].Id, 0, 0));
    }
}
