using System.Text.RegularExpressions;

namespace TeamGraph.Cli.Tests.Deployment;

/// <summary>The scale-out profile: stateless API replicas over Neo4j, one port in front of them.</summary>
public sealed partial class DockerComposeTests
{
    [Fact]
    public void ScaleOut_RunsTwoFolderlessReplicasOfTheApiImageOverNeo4j()
    {
        Assert.Equal(["scale-out"], YamlFile.Strings(Compose.Find("services", "api-replicas", "profiles")));
        Assert.Equal("2", Compose.Scalar("services", "api-replicas", "deploy", "replicas"));
        Assert.Equal(Compose.Scalar("services", "api", "image"), Compose.Scalar("services", "api-replicas", "image"));
        Assert.Null(Compose.Find("services", "api-replicas", "ports"));
        var replica = YamlFile.Map(Compose.Find("services", "api-replicas", "environment"));
        var api = YamlFile.Map(Compose.Find("services", "api", "environment"));
        Assert.Equal("neo4j", replica["TEAMGRAPH_STORE"]);
        Assert.DoesNotContain("TEAMGRAPH_DOCS", replica.Keys);
        Assert.All(api, setting => Assert.Equal(setting.Value, replica[setting.Key]));
        Assert.True(TimeSpan.TryParse(replica["TEAMGRAPH_StorePollInterval"], System.Globalization.CultureInfo.InvariantCulture, out var interval) && interval > TimeSpan.Zero);
        Assert.Contains("StorePollInterval", File.ReadAllText(Path.Combine(TestPaths.RepoRoot, "src", "TeamGraph.Api", "Hosting", "TeamGraphOptions.cs")), StringComparison.Ordinal);
        Assert.Equal("service_completed_successfully", Compose.Scalar("services", "api-replicas", "depends_on", "ingest", "condition"));
    }

    [Fact]
    public void ScaleOut_GatewayPublishesOnePortAndBalancesOverTheReplicas()
    {
        Assert.Equal(["scale-out"], YamlFile.Strings(Compose.Find("services", "gateway", "profiles")));
        Assert.Equal(["5090:80"], YamlFile.Strings(Compose.Find("services", "gateway", "ports")));
        Assert.Equal("service_healthy", Compose.Scalar("services", "gateway", "depends_on", "api-replicas", "condition"));
        var mount = Assert.Single(YamlFile.Strings(Compose.Find("services", "gateway", "volumes")));
        var config = File.ReadAllText(Path.Combine(TestPaths.RepoRoot, mount.Split(':')[0]));

        var upstream = NginxUpstream().Match(config);
        Assert.True(upstream.Success, config);
        Assert.Equal("api-replicas:8080", upstream.Groups["server"].Value);
        Assert.Contains($"proxy_pass http://{upstream.Groups["name"].Value};", config, StringComparison.Ordinal);
        Assert.Contains("proxy_next_upstream error timeout http_502 http_503 http_504;", config, StringComparison.Ordinal);
    }

    [GeneratedRegex(@"upstream (?<name>\w+) \{\s*server (?<server>[\w.-]+:\d+);", RegexOptions.Singleline)]
    private static partial Regex NginxUpstream();
}
