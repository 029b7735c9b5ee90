using TeamGraph.Core.Diagnostics;

namespace TeamGraph.Cli;

/// <summary>The message for an exception no command expected: one line for users, the stack trace only when asked.</summary>
internal static class UnexpectedFailure
{
    /// <summary>
    /// "error: The diagram stage failed on the team diagram in dot (…)" for a stage the guard named, or "error:
    /// teamgraph failed unexpectedly (InvalidOperationException: …)" otherwise; then how to get the stack trace, or
    /// the stack trace itself when <paramref name="verbose"/>.
    /// </summary>
    public static string Describe(Exception exception, bool verbose)
    {
        var what = exception is StageFailedException
            ? exception.Message
            : $"teamgraph failed unexpectedly ({exception.GetType().Name}: {exception.Message})";
        var next = verbose
            ? Environment.NewLine + exception
            : Environment.NewLine + "This is a TeamGraph bug, not a problem with your documents: run again with --verbose for the stack trace and report it.";
        return $"error: {what}{next}";
    }
}
