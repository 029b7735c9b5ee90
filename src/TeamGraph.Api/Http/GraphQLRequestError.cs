namespace TeamGraph.Api.Http;

/// <summary>A request that cannot be executed, with the HTTP status that says why.</summary>
internal sealed class GraphQLRequestError(int statusCode, string message) : Exception(message)
{
    public GraphQLRequestError()
        : this(StatusCodes.Status400BadRequest, "Bad request.")
    {
    }

    public GraphQLRequestError(string message)
        : this(StatusCodes.Status400BadRequest, message)
    {
    }

    public GraphQLRequestError(string message, Exception innerException)
        : this(StatusCodes.Status400BadRequest, message) => _ = innerException;

    /// <summary>
    /// Whether the query itself is at fault (it does not parse) rather than the HTTP request: a GraphQL error, answered
    /// with 200 under <c>application/json</c>.
    /// </summary>
    public bool IsDocumentError { get; init; }

    /// <summary>The error's <c>extensions.code</c>, if it has one.</summary>
    public string? Code { get; init; }

    /// <summary>The HTTP status to answer with under <c>application/graphql-response+json</c>.</summary>
    public int StatusCode { get; } = statusCode;
}
