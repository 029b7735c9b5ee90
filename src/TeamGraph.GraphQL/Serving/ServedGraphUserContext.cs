namespace TeamGraph.GraphQL.Serving;

/// <summary>Pins the graph a request reads in GraphQL.NET's user context, so that every resolver of it reads the same graph.</summary>
public static class ServedGraphUserContext
{
    /// <summary>The user-context key holding the <see cref="ServedGraph"/>.</summary>
    public const string Key = "teamgraph.served";

    /// <summary>A user context pinning <paramref name="graph"/>.</summary>
    public static Dictionary<string, object?> Pin(ServedGraph graph) => new(StringComparer.Ordinal) { [Key] = graph };
}
