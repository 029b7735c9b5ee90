using System.Text.RegularExpressions;

namespace TeamGraph.Cli.Tests.Deployment;

/// <summary>
/// docker-compose.yml wired to what the code really reads and runs. No Docker engine runs where these tests run, so the
/// wiring is what can be checked here; the CI workflow's docker job brings the stack up.
/// </summary>
public sealed partial class DockerComposeTests
{
    private static readonly YamlFile Compose = YamlFile.Load("docker-compose.yml");

    [Fact]
    public void Neo4jImage_IsPinnedToOneCommunityRelease()
    {
        Assert.Matches(PinnedNeo4jImage(), Compose.Scalar("services", "neo4j", "image"));
    }

    [Fact]
    public void Neo4jImage_IsTheOneTheNeo4jTestsStart()
    {
        var testImages = Directory.EnumerateFiles(Path.Combine(TestPaths.RepoRoot, "tests"), "*.cs", SearchOption.AllDirectories)
            .Where(path => !path.Contains($"{Path.DirectorySeparatorChar}Deployment{Path.DirectorySeparatorChar}", StringComparison.Ordinal))
            .SelectMany(path => Neo4jImageLiteral().Matches(File.ReadAllText(path)).Select(m => m.Groups["image"].Value))
            .Distinct(StringComparer.Ordinal)
            .ToList();
        Assert.Equal([Compose.Scalar("services", "neo4j", "image")], testImages);
    }

    [Fact]
    public void Neo4j_EnablesTheQueryApiAndGetsOnlyItsOwnVariables()
    {
        var environment = YamlFile.Map(Compose.Find("services", "neo4j", "environment"));

        Assert.Equal("true", environment["NEO4J_server_http_enabled"]);
        Assert.Contains("QUERY_API_ENDPOINTS", environment["NEO4J_server_http__enabled__modules"].Split(','));
        Assert.StartsWith("neo4j/${NEO4J_PASSWORD:?", environment["NEO4J_AUTH"], StringComparison.Ordinal);
        // The image turns every other NEO4J_* variable into a setting, and Neo4j refuses to start on an unknown one.
        Assert.All(environment.Keys, key => Assert.True(key == "NEO4J_AUTH" || key.StartsWith("NEO4J_server_", StringComparison.Ordinal), key));
        Assert.Equal(["neo4j-data:/data", "neo4j-logs:/logs"], YamlFile.Strings(Compose.Find("services", "neo4j", "volumes")));
        Assert.Contains("http://localhost:7474", string.Join(' ', YamlFile.Strings(Compose.Find("services", "neo4j", "healthcheck", "test"))), StringComparison.Ordinal);
    }

    [Fact]
    public void Api_StartsAfterAHealthyNeo4jAndACompletedIngest()
    {
        Assert.Equal("service_healthy", Compose.Scalar("services", "api", "depends_on", "neo4j", "condition"));
        Assert.Equal("service_completed_successfully", Compose.Scalar("services", "api", "depends_on", "ingest", "condition"));
        Assert.Equal("service_healthy", Compose.Scalar("services", "ingest", "depends_on", "neo4j", "condition"));
        Assert.Equal("no", Compose.Scalar("services", "ingest", "restart"));
        Assert.Equal(["5080:8080"], YamlFile.Strings(Compose.Find("services", "api", "ports")));
        Assert.Contains("http://127.0.0.1:8080/health/ready", string.Join(' ', YamlFile.Strings(Compose.Find("services", "api", "healthcheck", "test"))), StringComparison.Ordinal);
    }

    [Fact]
    public void ApiAndIngest_RunTheImageTheComposeFileBuilds()
    {
        Assert.Equal(".", Compose.Scalar("services", "ingest", "build"));
        Assert.Equal(Compose.Scalar("services", "ingest", "image"), Compose.Scalar("services", "api", "image"));
    }

    [GeneratedRegex(@"^neo4j:5\.\d+\.\d+-community$")]
    private static partial Regex PinnedNeo4jImage();

    [GeneratedRegex("\"(?<image>neo4j:5[^\"]*)\"")]
    private static partial Regex Neo4jImageLiteral();
}
