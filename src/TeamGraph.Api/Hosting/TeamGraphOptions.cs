namespace TeamGraph.Api.Hosting;

/// <summary>The API's settings, bound from the <c>TeamGraph</c> configuration section (and <c>TEAMGRAPH_</c> variables).</summary>
public sealed class TeamGraphOptions
{
    /// <summary>The configuration section these options are bound from.</summary>
    public const string SectionName = "TeamGraph";

    /// <summary>
    /// The folder of Markdown documents to serve. <value>Default: the <c>seed</c> folder next to <c>TeamGraph.sln</c>
    /// above the content root or the current directory.</value> The variable <c>TEAMGRAPH_DOCS</c> sets it too.
    /// </summary>
    public string? DocsFolder { get; set; }

    /// <summary>
    /// The key that mutations (<c>reload</c>) must carry as <c>Authorization: Bearer &lt;key&gt;</c>.
    /// <value>Default: none, and mutations are refused.</value> The variable <c>TEAMGRAPH_API_KEY</c> sets it too.
    /// </summary>
    public string? ApiKey { get; set; }

    /// <summary>
    /// Which store answers queries: <c>embedded</c> or <c>neo4j</c> (with the <c>NEO4J_*</c> variables).
    /// <value>Default: <c>embedded</c>.</value> The variable <c>TEAMGRAPH_STORE</c> sets it too.
    /// </summary>
    public string Store { get; set; } = "embedded";

    /// <summary>Whether a change under the docs folder reloads it. <value>Default: <see langword="true"/>.</value></summary>
    public bool WatchDocs { get; set; } = true;

    /// <summary>
    /// How long the docs folder must stay quiet after a change before it is reloaded, so that a checkout or an editor's
    /// save-by-rename costs one reload. <value>Default: 500 ms.</value>
    /// </summary>
    public TimeSpan ReloadDebounce { get; set; } = TimeSpan.FromMilliseconds(500);

    /// <summary>
    /// How long one document may take to read and parse; past it the document is left out (or its last good version
    /// kept, marked stale) with an error diagnostic. <value>Default: 10 seconds.</value>
    /// </summary>
    public TimeSpan DocumentBudget { get; set; } = TimeSpan.FromSeconds(10);

    /// <summary>
    /// How long one reload of the docs folder may take in all; past it the reload is reported failed (and
    /// <c>/health/ready</c> Degraded) and the last good graph stays served. <value>Default: 60 seconds.</value>
    /// </summary>
    public TimeSpan ReloadTimeout { get; set; } = TimeSpan.FromSeconds(60);

    /// <summary>
    /// With the <c>neo4j</c> store: how often the API reads the version of the graph in Neo4j, and serves the new one
    /// when <c>teamgraph ingest</c> wrote another. A request that finds the version changed under it reloads and runs
    /// again at once, whatever this says. <value>Default: 5 seconds.</value> The variable <c>TEAMGRAPH_StorePollInterval</c>
    /// sets it too (<c>00:00:30</c>).
    /// </summary>
    public TimeSpan StorePollInterval { get; set; } = TimeSpan.FromSeconds(5);

    /// <summary>
    /// How a fact's source becomes a link (the <c>url</c> of GraphQL's <c>Source</c>, the explorer's source links): a URL
    /// with <c>{path}</c> (the document's path, URL-escaped per segment) and optionally <c>{line}</c>, such as
    /// <c>https://github.com/acme/team/blob/main/{path}#L{line}</c>. Checked at start-up.
    /// <value>Default: none, and sources are plain <c>path:line</c> text.</value> The variable
    /// <c>TeamGraph__SourceLinkTemplate</c> (or <c>TEAMGRAPH_SourceLinkTemplate</c>) sets it too.
    /// </summary>
    public string? SourceLinkTemplate { get; set; }

    /// <summary>
    /// How often the API checks whether it has gone quiet after traffic that grew its heap (a burst of large answers can
    /// leave the process at twice its idle size); if so, one compacting collection returns that memory to the system.
    /// <value>Default: 30 seconds.</value> <c>00:00:00</c> turns it off.
    /// </summary>
    public TimeSpan IdleTrimAfter { get; set; } = TimeSpan.FromSeconds(30);

    /// <summary>Request limits, introspection, CORS: see <see cref="LimitsOptions"/>.</summary>
    public LimitsOptions Limits { get; } = new();
}
