using System.Net;

namespace TeamGraph.Neo4j.Client;

/// <summary>
/// A failure reported by Neo4j (its <c>errors[0].code</c> and <c>message</c>) or met on the way to it
/// (<see cref="Neo4jErrorCodes"/>). Never carries credentials.
/// </summary>
public sealed class Neo4jException : Exception
{
    public Neo4jException()
        : this(Neo4jErrorCodes.InvalidResponse, "Neo4j request failed.")
    {
    }

    public Neo4jException(string message)
        : this(Neo4jErrorCodes.InvalidResponse, message)
    {
    }

    public Neo4jException(string message, Exception innerException)
        : this(Neo4jErrorCodes.InvalidResponse, message, null, innerException)
    {
    }

    /// <summary>A failure with a Neo4j (or <see cref="Neo4jErrorCodes"/>) code.</summary>
    public Neo4jException(string code, string message, HttpStatusCode? statusCode = null, Exception? innerException = null)
        : base($"{code}: {message}", innerException)
    {
        Code = code;
        Neo4jMessage = message;
        StatusCode = statusCode;
    }

    /// <summary>Neo4j's status code, e.g. <c>Neo.ClientError.Statement.SyntaxError</c>.</summary>
    public string Code { get; }

    /// <summary>Neo4j's message, without the code.</summary>
    public string Neo4jMessage { get; }

    /// <summary>The HTTP status of the answer, when there was one.</summary>
    public HttpStatusCode? StatusCode { get; }

    /// <summary>
    /// Whether trying again may succeed: Neo4j's <c>Neo.TransientError.*</c>, HTTP 502/503/504, connection failures and
    /// timeouts. Client errors (syntax, constraint violations, authentication) are not.
    /// </summary>
    public bool IsTransient =>
        Code.StartsWith(Neo4jErrorCodes.TransientPrefix, StringComparison.Ordinal)
        || Code is Neo4jErrorCodes.ConnectionFailed or Neo4jErrorCodes.Timeout
        || StatusCode is HttpStatusCode.BadGateway or HttpStatusCode.ServiceUnavailable or HttpStatusCode.GatewayTimeout;
}
