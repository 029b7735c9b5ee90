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

    /// <summary>
    /// The document selects more fields than <c>Limits:MaxSelectedFields</c>, counting every fragment spread in full
    /// (each fragment is counted once and multiplied, never expanded).
    /// </summary>
    public const string TooManyFields = "TOO_MANY_FIELDS";

    /// <summary>
    /// The document selects so many fields under the same response name that checking they can be merged would take more
    /// than <c>Limits:MaxFieldComparisons</c> comparisons.
    /// </summary>
    public const string TooManyFieldComparisons = "TOO_MANY_FIELD_COMPARISONS";

    /// <summary>The query nests deeper than the parser accepts (GraphQL.NET's parser's own depth limit).</summary>
    public const string NestedTooDeep = "NESTED_TOO_DEEP";

    /// <summary>The query asks for <c>__schema</c> or <c>__type</c> while introspection is off.</summary>
    public const string IntrospectionDisabled = "INTROSPECTION_DISABLED";

    /// <summary>The body is larger than <c>Limits:MaxRequestBodyBytes</c>.</summary>
    public const string RequestTooLarge = "REQUEST_TOO_LARGE";

    /// <summary>The body is a JSON array of requests.</summary>
    public const string BatchingNotSupported = "BATCHING_NOT_SUPPORTED";

    /// <summary>
    /// The query ran longer than <c>Limits:ExecutionTimeout</c>, or the whole request (reading, parsing, validating and
    /// executing) longer than <c>Limits:RequestTimeout</c>.
    /// </summary>
    public const string Timeout = "TIMEOUT";

    /// <summary>Too many wrong API keys came from the client's address; it must wait (<c>Retry-After</c>).</summary>
    public const string TooManyFailedAttempts = "TOO_MANY_FAILED_ATTEMPTS";

    /// <summary>
    /// The server holds <c>Limits:MaxSubscriptions</c> subscriptions (503), or the client's address
    /// <c>Limits:MaxSubscriptionsPerClient</c> (429).
    /// </summary>
    public const string TooManySubscriptions = "TOO_MANY_SUBSCRIPTIONS";

    /// <summary>
    /// <c>Limits:MaxConcurrentQueries</c> queries are executing and <c>Limits:MaxQueuedQueries</c> waiting (503 with
    /// <c>Retry-After</c>).
    /// </summary>
    public const string ServerBusy = "SERVER_BUSY";

    /// <summary>A resolver failed unexpectedly; outside Development the response says no more.</summary>
    public const string InternalError = "INTERNAL_SERVER_ERROR";
}
