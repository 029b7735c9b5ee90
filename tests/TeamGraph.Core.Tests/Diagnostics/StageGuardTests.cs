using TeamGraph.Core.Diagnostics;

namespace TeamGraph.Core.Tests.Diagnostics;

public class StageGuardTests
{
    [Fact]
    public void TryRun_WorkThatThrows_AddsOneErrorNamingTheFileLineAndStage()
    {
        var diagnostics = new List<Diagnostic>();

        var ran = StageGuard.TryRun(PipelineStage.Mermaid, "roles/qa.md", 42, "the block is skipped.", diagnostics,
            () => throw new InvalidOperationException("Sequence contains no elements"));

        Assert.False(ran);
        var error = Assert.Single(diagnostics);
        Assert.Equal((DiagnosticSeverity.Error, "internal-error", "roles/qa.md", (int?)42), (error.Severity, error.Code, error.Path, error.Line));
        Assert.Equal(
            "The mermaid stage failed on this document (InvalidOperationException: Sequence contains no elements); the block is skipped. This is a TeamGraph bug: please report it.",
            error.Message);
    }

    [Fact]
    public void TryRun_WorkThatSucceeds_AddsNothing()
    {
        var diagnostics = new List<Diagnostic>();

        Assert.True(StageGuard.TryRun(PipelineStage.Projection, "roles/qa.md", null, "", diagnostics, () => { }));
        Assert.Empty(diagnostics);
    }

    [Fact]
    public void TryRun_Cancellation_ReachesTheCaller()
    {
        var diagnostics = new List<Diagnostic>();

        Assert.Throws<OperationCanceledException>(() =>
            StageGuard.TryRun(PipelineStage.CardReading, "roles/qa.md", null, "", diagnostics, () => throw new OperationCanceledException()));
        Assert.Empty(diagnostics);
    }

    [Fact]
    public void Run_WorkThatThrows_ThrowsAStageFailedExceptionNamingTheSubjectAndKeepingTheCause()
    {
        var cause = new FormatException("The input string 'x' was not in a correct format.");

        var exception = Assert.Throws<StageFailedException>(() => StageGuard.Run<string>(PipelineStage.Diagram, "the team diagram in dot", () => throw cause));

        Assert.Equal("The diagram stage failed on the team diagram in dot (FormatException: The input string 'x' was not in a correct format.)", exception.Message);
        Assert.Same(cause, exception.InnerException);
    }

    [Fact]
    public void Run_ExpectedException_PassesUnchanged() =>
        Assert.Throws<IOException>(() => StageGuard.Run<bool>(PipelineStage.Export, "the jsonl export", () => throw new IOException("No space left on device"), e => e is IOException));

    [Fact]
    public void Name_EveryStage_IsDistinctKebabCase()
    {
        var names = Enum.GetValues<PipelineStage>().Select(s => s.Name()).ToList();

        Assert.Equal(names.Count, names.Distinct(StringComparer.Ordinal).Count());
        Assert.All(names, name => Assert.Matches("^[a-z]+(-[a-z]+)*$", name));
    }
}
