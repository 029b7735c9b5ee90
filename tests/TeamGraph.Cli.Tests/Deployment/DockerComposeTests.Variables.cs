using System.CommandLine;
using System.Text.RegularExpressions;
using TeamGraph.Core.Diagrams;
using TeamGraph.Neo4j;

namespace TeamGraph.Cli.Tests.Deployment;

public sealed partial class DockerComposeTests
{
    private static readonly string[] Neo4jVariables =
    [
        Neo4jConfiguration.UriVariable, Neo4jConfiguration.UserVariable, Neo4jConfiguration.PasswordVariable,
        Neo4jConfiguration.PasswordFileVariable, Neo4jConfiguration.TokenVariable, Neo4jConfiguration.DatabaseVariable,
    ];

    [Fact]
    public void Ingest_RunsTheRealIngestCommandOnTheSeedTheImageCarries()
    {
        Assert.Equal(["teamgraph"], YamlFile.Strings(Compose.Find("services", "ingest", "entrypoint")));
        var command = YamlFile.Strings(Compose.Find("services", "ingest", "command"));
        Assert.Equal(["ingest", "/app/seed"], command.Take(2));
        Assert.Contains(DockerfileInstruction.Load(), i => i.Keyword == "COPY" && i.Arguments == "seed/ /app/seed/");

        // The folder is the image's; parsed here against the repository's seed/ it is the same folder.
        string[] args = ["ingest", Path.Combine(TestPaths.RepoRoot, "seed"), .. command.Skip(2)];
        using var output = new StringWriter();
        var parsed = TeamGraphCommandLine.Build(output, output, (_, _, _) => throw new InvalidOperationException("not run"), new DiagramGenerator(), new CommandConsole(output, TerminalCapabilities.Redirected)).Parse(args);

        Assert.Empty(parsed.Errors);
        Assert.Equal("ingest", parsed.CommandResult.Command.Name);
        Assert.Equal("http://neo4j:7474", parsed.GetValue<string?>("--neo4j"));
    }

    [Fact]
    public void ApiAndIngest_SetOnlyVariablesTheCodeReads()
    {
        var api = YamlFile.Map(Compose.Find("services", "api", "environment"));
        var ingest = YamlFile.Map(Compose.Find("services", "ingest", "environment"));

        Assert.All(api.Keys.Concat(ingest.Keys).Where(k => k.StartsWith("NEO4J_", StringComparison.Ordinal)), key => Assert.Contains(key, Neo4jVariables));
        Assert.Equal("http://neo4j:7474", api[Neo4jConfiguration.UriVariable]);
        Assert.Equal(Compose.Scalar("services", "neo4j", "environment", "NEO4J_AUTH")["neo4j/".Length..], api[Neo4jConfiguration.PasswordVariable]);
        Assert.Equal(api[Neo4jConfiguration.PasswordVariable], ingest[Neo4jConfiguration.PasswordVariable]);
        Assert.DoesNotContain("TEAMGRAPH_DOCS", api.Keys);

        Assert.Equal("neo4j", api["TEAMGRAPH_STORE"]);
        Assert.Matches(StoreSetting(), ApiSource());
    }

    [Fact]
    public void Password_ComesFromAnIgnoredEnvFileWithACommittedExample()
    {
        var example = File.ReadAllLines(Path.Combine(TestPaths.RepoRoot, ".env.example"));
        var password = example.Single(l => l.StartsWith("NEO4J_PASSWORD=", StringComparison.Ordinal))["NEO4J_PASSWORD=".Length..];

        Assert.True(password.Length >= 8 && password != "neo4j", "Neo4j 5 wants at least 8 characters, not 'neo4j'.");
        Assert.Contains(".env", File.ReadAllLines(Path.Combine(TestPaths.RepoRoot, ".gitignore")));
    }

    // TEAMGRAPH_STORE as a literal, the "STORE" key the TEAMGRAPH_ prefix leaves, or a Store option it binds to.
    [GeneratedRegex(@"""(TEAMGRAPH_)?STORE""|\bStore\s*\{\s*get", RegexOptions.IgnoreCase)]
    private static partial Regex StoreSetting();

    private static string ApiSource() =>
        string.Concat(Directory.EnumerateFiles(Path.Combine(TestPaths.RepoRoot, "src", "TeamGraph.Api"), "*.cs", SearchOption.AllDirectories).Select(File.ReadAllText));
}
