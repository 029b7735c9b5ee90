using TeamGraph.Core.Ingestion;

namespace TeamGraph.GraphQL.Serving;

/// <summary>How long a reload may take, and what each document may cost.</summary>
public sealed record ReloadOptions
{
    /// <summary>The standard settings.</summary>
    public static ReloadOptions Default { get; } = new();

    /// <summary>
    /// How long one reload (reading and building) may take; past it the reload is reported failed, the last good graph
    /// stays served, and the next reload does not wait for the stuck one. The audit of a served graph, which runs after
    /// it is served, has as long again. <value>Default: 60 seconds.</value>
    /// </summary>
    public TimeSpan Timeout { get; init; } = TimeSpan.FromSeconds(60);

    /// <summary>The per-document budget, byte cap and settling of the ingest. <value>Default: <see cref="IngestionOptions.Default"/>.</value></summary>
    public IngestionOptions Ingestion { get; init; } = IngestionOptions.Default;
}
