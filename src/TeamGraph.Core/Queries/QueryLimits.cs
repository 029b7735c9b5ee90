namespace TeamGraph.Core.Queries;

/// <summary>
/// Defaults and hard caps of the query side. Larger requests are clamped to the cap rather than refused, so a client
/// asking for "everything" gets a bounded answer instead of an error.
/// </summary>
public static class QueryLimits
{
    /// <summary>Hops of a handoff chain when the caller does not say. <value>4</value></summary>
    public const int DefaultChainHops = 4;

    /// <summary>The longest handoff chain ever enumerated. <value>8</value></summary>
    public const int MaxChainHops = 8;

    /// <summary>Chains returned when the caller does not say. <value>10</value></summary>
    public const int DefaultChainPaths = 10;

    /// <summary>The most chains returned or drawn at once. <value>100</value></summary>
    public const int MaxChainPaths = 100;

    /// <summary>
    /// The most chains ever enumerated between two actors, so that a page of them can say how many there are (or that
    /// there are at least this many). <value>1000</value>
    /// </summary>
    public const int MaxChainsCounted = 1000;

    /// <summary>Hops of a reachability query when the caller does not say. <value>3</value></summary>
    public const int DefaultReachHops = 3;

    /// <summary>The deepest reachability query; a breadth-first walk is linear, so this is generous. <value>32</value></summary>
    public const int MaxReachHops = 32;

    /// <summary>Search hits returned when the caller does not say. <value>20</value></summary>
    public const int DefaultSearchHits = 20;

    /// <summary>The most search hits ever returned. <value>200</value></summary>
    public const int MaxSearchHits = 200;

    /// <summary><paramref name="value"/> clamped to <paramref name="cap"/>; below 1 is a caller error.</summary>
    internal static int Clamp(int value, int cap, string name) =>
        value < 1 ? throw new ArgumentOutOfRangeException(name, value, "Must be at least 1.") : Math.Min(value, cap);
}
