namespace TeamGraph.Api.Hosting;

/// <summary>
/// What one request may ask of the API, and who may ask it from a browser. Bound from <c>TeamGraph:Limits</c> and,
/// for <c>TEAMGRAPH_Limits__*</c> variables and <c>--Limits:*</c> switches, from <c>Limits</c> (which wins).
/// </summary>
public sealed class LimitsOptions
{
    /// <summary>The deepest selection a query may nest. <value>Default: 15 (the standard introspection query fits).</value></summary>
    public int MaxDepth { get; set; } = 15;

    /// <summary>
    /// The highest complexity a query may reach: each field costs 1, a list multiplies its children by 20 (or by its
    /// <c>first</c>), the chain, reach, search, audit and diagram fields cost more (GraphQL.NET's v8 cost model, computed
    /// by our own rule that costs each fragment once instead of expanding it). <value>Default: 50 000.</value>
    /// </summary>
    public int MaxComplexity { get; set; } = 50_000;

    /// <summary>
    /// The most fields a document may select, counting every operation and fragment definition with each fragment spread
    /// counted in full (counted, never expanded). Bounds the work of GraphQL.NET's validation rules, which run before any
    /// timeout can stop them. <value>Default: 2 000 (the standard introspection query counts 453).</value>
    /// </summary>
    public int MaxSelectedFields { get; set; } = 2_000;

    /// <summary>
    /// The most pairs of fields under the same response path (<c>{ a a a }</c> makes 3) a document may ask GraphQL.NET's
    /// <c>OverlappingFieldsCanBeMerged</c> rule to compare, plus the pairs of fragments spread side by side; that rule's
    /// work grows with the square of repeated fields. <value>Default: 5 000.</value>
    /// </summary>
    public int MaxFieldComparisons { get; set; } = 5_000;

    /// <summary>The most aliases a document may use. <value>Default: 30.</value></summary>
    public int MaxAliases { get; set; } = 30;

    /// <summary>The largest POST body accepted, in bytes; larger ones are answered with 413. <value>Default: 102 400 (100 kB).</value></summary>
    public long MaxRequestBodyBytes { get; set; } = 100 * 1024;

    /// <summary>
    /// How long a query's execution may run before it is cancelled and answered with a <c>TIMEOUT</c> error (and the data
    /// resolved so far is dropped); within <see cref="RequestTimeout"/>. <value>Default: 10 seconds.</value>
    /// </summary>
    public TimeSpan ExecutionTimeout { get; set; } = TimeSpan.FromSeconds(10);

    /// <summary>
    /// The budget of a whole request: reading the body, parsing, validating and executing. Past it, or when the client
    /// disconnects, the work is cancelled; a request past it is answered 504 with a <c>TIMEOUT</c> error.
    /// Validation rules do not look at cancellation, so <see cref="MaxSelectedFields"/> and
    /// <see cref="MaxFieldComparisons"/> are what bound them. <value>Default: 10 seconds.</value>
    /// </summary>
    public TimeSpan RequestTimeout { get; set; } = TimeSpan.FromSeconds(10);

    /// <summary>
    /// How many wrong API keys one client address may send within <see cref="FailedApiKeyWindow"/> before its mutations
    /// are answered 429 with <c>Retry-After</c> until the window has passed. <value>Default: 10.</value>
    /// </summary>
    public int MaxFailedApiKeyAttempts { get; set; } = 10;

    /// <summary>The window over which <see cref="MaxFailedApiKeyAttempts"/> counts. <value>Default: 1 minute.</value></summary>
    public TimeSpan FailedApiKeyWindow { get; set; } = TimeSpan.FromMinutes(1);

    /// <summary>
    /// How many subscriptions (Server-Sent Event streams) the server holds open at once; one more is answered 503 until
    /// one ends. <value>Default: 1 000.</value>
    /// </summary>
    public int MaxSubscriptions { get; set; } = 1_000;

    /// <summary>
    /// How many of those one client address may hold; one more is answered 429 until one of its own ends. Behind a
    /// reverse proxy every client has the proxy's address. <value>Default: 20.</value>
    /// </summary>
    public int MaxSubscriptionsPerClient { get; set; } = 20;

    /// <summary>
    /// How many queries and mutations execute at once; more wait in a queue, oldest first. A query's result tree lives
    /// until its answer is written, so this bounds the memory the API needs under load: a role card listing thousands
    /// of handoffs holds several MB while it runs. 0 means four per processor. <value>Default: 0.</value>
    /// </summary>
    public int MaxConcurrentQueries { get; set; }

    /// <summary>
    /// How many queries may wait for one of <see cref="MaxConcurrentQueries"/>; one more is answered 503 with
    /// <c>Retry-After</c>. A wait counts against <see cref="RequestTimeout"/>. <value>Default: 500.</value>
    /// </summary>
    public int MaxQueuedQueries { get; set; } = 500;

    /// <summary>
    /// How long a subscription streams before the server completes it (the client subscribes again), so that no stream
    /// holds its slot, or a key rule it was admitted under, for ever. <value>Default: 1 hour.</value>
    /// </summary>
    public TimeSpan MaxSubscriptionLifetime { get; set; } = TimeSpan.FromHours(1);

    /// <summary>
    /// How often a subscription with nothing to send writes a keep-alive comment, so that proxies do not close a quiet
    /// stream and a client that has gone is noticed. <value>Default: 15 seconds.</value>
    /// </summary>
    public TimeSpan SubscriptionKeepAlive { get; set; } = TimeSpan.FromSeconds(15);

    /// <summary>Whether <c>__schema</c> and <c>__type</c> (and <c>/graphql/schema.graphql</c>) are answered. <value>Default: <see langword="true"/>.</value></summary>
    public bool EnableIntrospection { get; set; } = true;

    /// <summary>
    /// The origins browsers may call the API from (e.g. <c>https://team.example.com</c>), or <c>*</c> for any.
    /// <value>Default: none, so no CORS headers are sent and browsers keep other sites out.</value>
    /// </summary>
    public IList<string> AllowedOrigins { get; } = [];
}
