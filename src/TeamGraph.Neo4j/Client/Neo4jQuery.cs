namespace TeamGraph.Neo4j.Client;

/// <summary>
/// One Cypher statement and its parameters. Parameter values may be null, strings, booleans, integers, finite
/// doubles, lists and string-keyed maps of those; anything else is refused when the request is written.
/// </summary>
/// <param name="Statement">Cypher text; every value in it must be a <c>$parameter</c>.</param>
/// <param name="Parameters">The parameter values by name (without the <c>$</c>).</param>
public sealed record Neo4jQuery(string Statement, IReadOnlyDictionary<string, object?> Parameters)
{
    /// <summary>The statement a readiness probe sends: it answers as soon as the database takes queries.</summary>
    public static Neo4jQuery Ready { get; } = new("RETURN 1 AS ready");

    /// <summary>A statement without parameters.</summary>
    public Neo4jQuery(string statement)
        : this(statement, new Dictionary<string, object?>(StringComparer.Ordinal))
    {
    }
}
