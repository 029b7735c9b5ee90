namespace TeamGraph.Core.Diagnostics;

/// <summary>
/// A diagram, an export or another piece of work that yields no diagnostics failed unexpectedly; the message names the
/// stage and what it was working on, and <see cref="Exception.InnerException"/> holds the original exception.
/// </summary>
public sealed class StageFailedException : Exception
{
    /// <summary>Creates the exception.</summary>
    public StageFailedException()
    {
    }

    /// <summary>Creates the exception with a message.</summary>
    public StageFailedException(string message)
        : base(message)
    {
    }

    /// <summary>Creates the exception with a message and the exception that caused it.</summary>
    public StageFailedException(string message, Exception innerException)
        : base(message, innerException)
    {
    }
}
