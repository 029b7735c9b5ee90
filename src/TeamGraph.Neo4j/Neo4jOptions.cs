namespace TeamGraph.Neo4j;

/// <summary>
/// Where and how to reach Neo4j's HTTP Query API. <see cref="ToString"/> never shows <see cref="Password"/> or
/// <see cref="Token"/>, so options can be logged.
/// </summary>
public sealed record Neo4jOptions
{
    /// <summary>The HTTP(S) root of the server, e.g. <c>http://localhost:7474</c> (not the <c>bolt://</c> address).</summary>
    public required Uri Uri { get; init; }

    /// <summary>The database to query.</summary>
    /// <value>Defaults to <c>neo4j</c>.</value>
    public string Database { get; init; } = "neo4j";

    /// <summary>The user for basic authentication; none when null and no <see cref="Token"/> is given.</summary>
    public string? User { get; init; }

    /// <summary>The password for basic authentication.</summary>
    public string? Password { get; init; }

    /// <summary>A bearer token (e.g. from an SSO provider); when set it wins over <see cref="User"/>/<see cref="Password"/>.</summary>
    public string? Token { get; init; }

    /// <summary>How long one HTTP request may take before it is abandoned and counted as a transient failure.</summary>
    /// <value>Defaults to 60 seconds.</value>
    public TimeSpan RequestTimeout { get; init; } = TimeSpan.FromSeconds(60);

    /// <summary>How many times a transient failure is retried (after the first attempt).</summary>
    /// <value>Defaults to 4.</value>
    public int MaxRetryAttempts { get; init; } = 4;

    /// <summary>The first retry delay; each further retry doubles it (with jitter).</summary>
    /// <value>Defaults to 250 milliseconds.</value>
    public TimeSpan RetryBaseDelay { get; init; } = TimeSpan.FromMilliseconds(250);

    /// <summary>The URI, database, user and which credential is set, but never a secret.</summary>
    public override string ToString()
    {
        var credential = Token is not null ? "bearer token" : Password is not null ? "password" : "no credential";
        return $"Neo4j {Uri} database={Database} user={User ?? "(none)"} ({credential})";
    }
}
