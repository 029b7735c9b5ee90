namespace TeamGraph.Api.Http.Limits;

/// <summary>The <c>extensions.code</c> of the errors that answer a request past one of the limits.</summary>
internal static class LimitErrorCodes
{
    /// <summary>The document uses more aliases than <c>Limits:MaxAliases</c>.</summary>
    public const string TooManyAliases = "TOO_MANY_ALIASES";

    /// <summary>
    /// The query nests deeper than <c>Limits:MaxDepth</c>, costs more than <c>Limits:MaxComplexity</c> or nests
    /// introspection too deep: GraphQL.NET's complexity analyzer's own code.
    /// </summary>
    public const string TooComplex = "COMPLEXITY";

    /// <summary>The query asks for <c>__schema</c> or <c>__type</c> while introspection is off.</summary>
    public const string IntrospectionDisabled = "INTROSPECTION_DISABLED";

    /// <summary>The body is larger than <c>Limits:MaxRequestBodyBytes</c>.</summary>
    public const string RequestTooLarge = "REQUEST_TOO_LARGE";

    /// <summary>The body is a JSON array of requests.</summary>
    public const string BatchingNotSupported = "BATCHING_NOT_SUPPORTED";

    /// <summary>The query ran longer than <c>Limits:ExecutionTimeout</c>.</summary>
    public const string Timeout = "TIMEOUT";

    /// <summary>A resolver failed unexpectedly; outside Development the response says no more.</summary>
    public const string InternalError = "INTERNAL_SERVER_ERROR";
}
