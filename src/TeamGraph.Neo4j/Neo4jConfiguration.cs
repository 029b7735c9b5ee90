namespace TeamGraph.Neo4j;

/// <summary>
/// Reads <see cref="Neo4jOptions"/> from configuration variables (<c>NEO4J_URI</c>, <c>NEO4J_USER</c>,
/// <c>NEO4J_PASSWORD</c> or <c>NEO4J_PASSWORD_FILE</c>, <c>NEO4J_TOKEN</c>, <c>NEO4J_DATABASE</c>) through any lookup:
/// the environment, or an <c>IConfiguration</c> indexer.
/// </summary>
public static class Neo4jConfiguration
{
    public const string UriVariable = "NEO4J_URI";
    public const string UserVariable = "NEO4J_USER";
    public const string PasswordVariable = "NEO4J_PASSWORD";
    public const string PasswordFileVariable = "NEO4J_PASSWORD_FILE";
    public const string TokenVariable = "NEO4J_TOKEN";
    public const string DatabaseVariable = "NEO4J_DATABASE";

    /// <summary>The options, or <see langword="null"/> when <c>NEO4J_URI</c> is not set.</summary>
    /// <exception cref="ArgumentException">The URI is not an absolute http(s) URI.</exception>
    /// <exception cref="IOException">The password file cannot be read.</exception>
    public static Neo4jOptions? Read(Func<string, string?> lookup)
    {
        ArgumentNullException.ThrowIfNull(lookup);
        var uri = NonBlank(lookup(UriVariable));
        if (uri is null)
        {
            return null;
        }

        var passwordFile = NonBlank(lookup(PasswordFileVariable));
        return new Neo4jOptions
        {
            Uri = ParseUri(uri),
            Database = NonBlank(lookup(DatabaseVariable)) ?? "neo4j",
            User = NonBlank(lookup(UserVariable)),
            Password = passwordFile is not null ? ReadPasswordFile(passwordFile) : NonBlank(lookup(PasswordVariable)),
            Token = NonBlank(lookup(TokenVariable)),
        };
    }

    /// <summary>An absolute <c>http</c> or <c>https</c> URI; a <c>bolt://</c> or <c>neo4j://</c> one is refused with a hint.</summary>
    public static Uri ParseUri(string value)
    {
        if (!Uri.TryCreate(value, UriKind.Absolute, out var uri) || (uri.Scheme != Uri.UriSchemeHttp && uri.Scheme != Uri.UriSchemeHttps))
        {
            throw new ArgumentException(
                $"'{value}' is not an http(s) URI; the Query API listens on Neo4j's HTTP port, e.g. http://localhost:7474.", nameof(value));
        }

        return uri;
    }

    /// <summary>The first line of a password file (Docker secrets end with a newline that is not part of the password).</summary>
    public static string ReadPasswordFile(string path)
    {
        using var reader = new StreamReader(path);
        return reader.ReadLine() ?? string.Empty;
    }

    private static string? NonBlank(string? value) => string.IsNullOrWhiteSpace(value) ? null : value.Trim();
}
