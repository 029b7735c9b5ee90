namespace TeamGraph.Core.Store;

/// <summary>
/// The audit of the graph a request reads is not there: it failed, ran past its deadline, or was stopped because a newer
/// graph replaced the one it was for. The message says which, in words fit for a client.
/// </summary>
public sealed class AuditUnavailableException : Exception
{
    /// <summary>Creates the exception.</summary>
    public AuditUnavailableException()
    {
    }

    /// <summary>Creates the exception with a message.</summary>
    public AuditUnavailableException(string message)
        : base(message)
    {
    }

    /// <summary>Creates the exception with a message and the exception that caused it.</summary>
    public AuditUnavailableException(string message, Exception innerException)
        : base(message, innerException)
    {
    }
}
