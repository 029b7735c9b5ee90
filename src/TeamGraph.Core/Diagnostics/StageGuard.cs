using TeamGraph.Core.Ingestion;

namespace TeamGraph.Core.Diagnostics;

/// <summary>
/// The one place where an unexpected exception in one stage of work — one document's decoding, one mermaid block, one
/// card's projection, one audit rule, one diagram — is caught and turned into something a user can act on, so the rest
/// of the work goes on. Every catch-all in TeamGraph goes through here.
/// </summary>
/// <remarks>
/// <para>
/// What is isolated: every exception except <see cref="OperationCanceledException"/> (cancellation must reach the
/// caller that asked for it) and <see cref="OutOfMemoryException"/> (the process is in trouble, not the document).
/// </para>
/// <para>
/// What a failure becomes: in ingestion, an error <see cref="Diagnostic"/> with code
/// <see cref="IngestionDiagnosticCodes.InternalError"/> naming the file, the line where known, the stage (see
/// <see cref="PipelineStageNames.Name"/>) and what was left out; in the audit, a finding naming the rule; in diagrams
/// and exports, a <see cref="StageFailedException"/> whose message names the format and scope. The exception's type
/// and message are kept in the text, never its stack trace.
/// </para>
/// <para>
/// The guard does not undo what the failed work did before it threw: callers that must not keep half a result run the
/// work on a buffer and commit on success, or start again without it (see <c>TeamGraphBuilder</c>).
/// </para>
/// </remarks>
public static class StageGuard
{
    /// <summary>True for exceptions the guard isolates: all but cancellation and running out of memory.</summary>
    public static bool Isolates(Exception exception) => exception is not (OperationCanceledException or OutOfMemoryException);

    /// <summary>Runs <paramref name="work"/>; returns <see langword="null"/> on success, or the failure it isolated.</summary>
    public static StageFailure? Try(PipelineStage stage, Action work) => Try(stage, work, expected: null);

    private static StageFailure? Try(PipelineStage stage, Action work, Func<Exception, bool>? expected)
    {
        ArgumentNullException.ThrowIfNull(work);
        try
        {
            work();
            return null;
        }
#pragma warning disable CA1031 // Isolating one stage's unexpected failure from the rest of the work is this type's purpose.
        catch (Exception exception) when (Isolates(exception) && expected?.Invoke(exception) != true)
#pragma warning restore CA1031
        {
            return new StageFailure(stage, exception);
        }
    }

    /// <summary>
    /// Runs one stage of work on one document; on an isolated failure adds an error diagnostic at
    /// <paramref name="path"/> (and <paramref name="line"/>) saying <paramref name="consequence"/>, and returns false.
    /// </summary>
    /// <param name="stage">The stage, named in the diagnostic.</param>
    /// <param name="path">The document's path.</param>
    /// <param name="line">The line the work started from, where known.</param>
    /// <param name="consequence">What is left out because of the failure: "the block is skipped; the rest of the card loads."</param>
    /// <param name="diagnostics">Where the diagnostic goes.</param>
    /// <param name="work">The work.</param>
    public static bool TryRun(PipelineStage stage, string path, int? line, string consequence, ICollection<Diagnostic> diagnostics, Action work)
    {
        ArgumentNullException.ThrowIfNull(diagnostics);
        if (Try(stage, work) is not { } failure)
        {
            return true;
        }

        diagnostics.Add(failure.ToDiagnostic(path, line, consequence));
        return false;
    }

    /// <summary>
    /// Runs work whose failure cannot be reported as a diagnostic (a diagram, an export): an isolated failure becomes
    /// a <see cref="StageFailedException"/> whose message names <paramref name="subject"/> ("the team diagram in dot").
    /// Exceptions <paramref name="expected"/> accepts (a full disk, say, which the caller reports itself) pass unchanged.
    /// </summary>
    public static T Run<T>(PipelineStage stage, string subject, Func<T> work, Func<Exception, bool>? expected = null)
    {
        ArgumentNullException.ThrowIfNull(work);
        var result = default(T);
        if (Try(stage, () => result = work(), expected) is { } failure)
        {
            throw new StageFailedException(failure.Describe(subject), failure.Exception);
        }

        return result!;
    }
}
