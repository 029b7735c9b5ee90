namespace TeamGraph.Neo4j.Writer;

/// <summary>Options of <see cref="Neo4jGraphWriter"/>.</summary>
public sealed record Neo4jGraphWriterOptions
{
    /// <summary>How many nodes or relationships go into one <c>UNWIND $rows</c> statement.</summary>
    /// <value>Defaults to 1000.</value>
    public int BatchSize { get; init; } = 1000;
}
