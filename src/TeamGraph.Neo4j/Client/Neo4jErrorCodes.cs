namespace TeamGraph.Neo4j.Client;

/// <summary>
/// Codes of failures that Neo4j itself did not describe (it answered with no <c>errors</c>, or did not answer). Neo4j's
/// own codes (<c>Neo.ClientError.*</c>, <c>Neo.TransientError.*</c>, <c>Neo.DatabaseError.*</c>) pass through unchanged.
/// </summary>
public static class Neo4jErrorCodes
{
    /// <summary>The prefix of Neo4j's codes for failures that may succeed when retried.</summary>
    public const string TransientPrefix = "Neo.TransientError.";

    /// <summary>The server could not be reached (DNS, refused connection, reset, TLS).</summary>
    public const string ConnectionFailed = "TeamGraph.ConnectionFailed";

    /// <summary>A request took longer than <see cref="Neo4jOptions.RequestTimeout"/>.</summary>
    public const string Timeout = "TeamGraph.Timeout";

    /// <summary>The server answered with an HTTP error status and no Neo4j error in the body.</summary>
    public const string HttpError = "TeamGraph.HttpError";

    /// <summary>The server answered with something that is not a Query API response.</summary>
    public const string InvalidResponse = "TeamGraph.InvalidResponse";
}
