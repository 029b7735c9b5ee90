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
    /// The highest complexity a query may reach under GraphQL.NET's complexity analyzer: each field costs 1, a list
    /// multiplies its children by 5 (or by its <c>first</c>); the chain, reach, search, audit and diagram fields cost more.
    /// <value>Default: 50 000.</value>
    /// </summary>
    public int MaxComplexity { get; set; } = 50_000;

    /// <summary>The most aliases a document may use. <value>Default: 30.</value></summary>
    public int MaxAliases { get; set; } = 30;

    /// <summary>The largest POST body accepted, in bytes; larger ones are answered with 413. <value>Default: 102 400 (100 kB).</value></summary>
    public long MaxRequestBodyBytes { get; set; } = 100 * 1024;

    /// <summary>How long a query may run before it is cancelled and answered with a <c>TIMEOUT</c> error. <value>Default: 10 seconds.</value></summary>
    public TimeSpan ExecutionTimeout { get; set; } = TimeSpan.FromSeconds(10);

    /// <summary>Whether <c>__schema</c> and <c>__type</c> (and <c>/graphql/schema.graphql</c>) are answered. <value>Default: <see langword="true"/>.</value></summary>
    public bool EnableIntrospection { get; set; } = true;

    /// <summary>
    /// The origins browsers may call the API from (e.g. <c>https://team.example.com</c>), or <c>*</c> for any.
    /// <value>Default: none, so no CORS headers are sent and browsers keep other sites out.</value>
    /// </summary>
    public IList<string> AllowedOrigins { get; } = [];
}
