using System.CommandLine;
using TeamGraph.Neo4j;

namespace TeamGraph.Cli;

internal sealed partial class IngestCommand
{
    /// <summary>The command line first, then the environment; null (with the reason on stderr) when unusable.</summary>
    private Neo4jOptions? ReadOptions(ParseResult parseResult)
    {
        string? Pick(Option<string?> option, string variable) => parseResult.GetValue(option) ?? environment(variable);

        var uri = Pick(_uri, Neo4jConfiguration.UriVariable);
        if (string.IsNullOrWhiteSpace(uri))
        {
            stderr.WriteLine($"error: no Neo4j to write to: pass --neo4j http://host:7474 or set {Neo4jConfiguration.UriVariable}.");
            return null;
        }

        string? password;
        try
        {
            var passwordFile = parseResult.GetValue(_passwordFile)?.FullName ?? environment(Neo4jConfiguration.PasswordFileVariable);
            password = passwordFile is not null ? Neo4jConfiguration.ReadPasswordFile(passwordFile) : environment(Neo4jConfiguration.PasswordVariable);
        }
        catch (Exception exception) when (exception is IOException or UnauthorizedAccessException)
        {
            stderr.WriteLine($"error: cannot read the password file: {exception.Message}");
            return null;
        }

        return new Neo4jOptions
        {
            Uri = Neo4jConfiguration.ParseUri(uri),
            Database = Pick(_database, Neo4jConfiguration.DatabaseVariable) ?? "neo4j",
            User = Pick(_user, Neo4jConfiguration.UserVariable),
            Password = password,
            Token = environment(Neo4jConfiguration.TokenVariable),
        };
    }

    private static Option<string?> CreateUriOption()
    {
        var option = new Option<string?>("--neo4j") { Description = "Neo4j's HTTP address, e.g. http://localhost:7474 (default: NEO4J_URI)." };
        option.Validators.Add(result =>
        {
            var given = result.Tokens.Count > 0 ? result.Tokens[0].Value : null;
            if (given is not null && (!Uri.TryCreate(given, UriKind.Absolute, out var uri) || (uri.Scheme != Uri.UriSchemeHttp && uri.Scheme != Uri.UriSchemeHttps)))
            {
                result.AddError($"'{given}' is not an http(s) URI; the Query API listens on Neo4j's HTTP port, e.g. http://localhost:7474.");
            }
        });
        return option;
    }

    private static Option<FileInfo> CreatePasswordFileOption()
    {
        var option = new Option<FileInfo>("--password-file") { Description = "A file whose first line is the password (default: NEO4J_PASSWORD_FILE, else NEO4J_PASSWORD)." };
        option.AcceptExistingOnly();
        return option;
    }
}
