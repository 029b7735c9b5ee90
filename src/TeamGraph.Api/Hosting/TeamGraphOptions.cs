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

    /// <summary>Request limits, introspection, CORS: see <see cref="LimitsOptions"/>.</summary>
    public LimitsOptions Limits { get; } = new();
}
