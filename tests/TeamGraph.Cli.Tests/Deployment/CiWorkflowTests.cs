using YamlDotNet.RepresentationModel;

namespace TeamGraph.Cli.Tests.Deployment;

/// <summary>.github/workflows/ci.yml runs what .ci/run runs, plus the Neo4j tests and the image with docker compose.</summary>
public sealed class CiWorkflowTests
{
    private static readonly YamlFile Workflow = YamlFile.Load(".github", "workflows", "ci.yml");

    [Fact]
    public void Workflow_RunsOnPushAndPullRequest()
    {
        var on = Assert.IsType<YamlMappingNode>(Workflow.Find("on"));

        Assert.Equal(["push", "pull_request"], on.Children.Keys.Select(k => ((YamlScalarNode)k).Value));
    }

    [Fact]
    public void BuildAndTest_RunsCiRunWithTheSdkOfGlobalJsonAndChromeForTheBrowserTests()
    {
        var steps = Steps("build-and-test");
        var chromiumFixture = File.ReadAllText(Path.Combine(TestPaths.RepoRoot, "tests", "TeamGraph.Browser.Tests", "ChromiumFixture.cs"));

        Assert.Contains(steps, s => YamlFile.Find(s, "uses") is YamlScalarNode { Value: "actions/setup-dotnet@v4" } && YamlFile.Find(s, "with", "global-json-file") is YamlScalarNode { Value: "global.json" });
        Assert.Contains(steps, s => YamlFile.Find(s, "with", "node-version") is YamlScalarNode { Value: "20" });
        Assert.Contains(steps, s => YamlFile.Find(s, "run") is YamlScalarNode { Value: "bash .ci/run" });
        Assert.Contains(steps, s => Run(s).Contains("apt-get install -y -qq graphviz plantuml", StringComparison.Ordinal));
        Assert.Equal("/usr/bin/google-chrome", Workflow.Scalar("jobs", "build-and-test", "env", "CHROMIUM_PATH"));
        Assert.Contains("\"CHROMIUM_PATH\"", chromiumFixture, StringComparison.Ordinal);
    }

    [Fact]
    public void Neo4j_RunsTheNeo4jTestProject()
    {
        Assert.Contains(Steps("neo4j"), s => Run(s).Contains("dotnet test --project tests/TeamGraph.Neo4j.Tests", StringComparison.Ordinal));
        Assert.Contains(Steps("neo4j"), s => Run(s).Contains("dotnet test --project tests/TeamGraph.Api.Tests -c Release -- --filter-class \"*Neo4jStoreParityTests*\"", StringComparison.Ordinal));
        Assert.True(Directory.Exists(Path.Combine(TestPaths.RepoRoot, "tests", "TeamGraph.Neo4j.Tests")));
    }

    [Fact]
    public void Docker_BuildsTheImageBringsTheStackUpQueriesItAndTakesItDown()
    {
        var runs = Steps("docker").Select(Run).ToList();
        var ifs = Steps("docker").Where(s => YamlFile.Find(s, "if") is YamlScalarNode { Value: "always()" }).Select(Run).ToList();

        Assert.Contains(runs, r => r.Contains("docker build -t teamgraph:local .", StringComparison.Ordinal));
        Assert.Contains(runs, r => r.Contains("docker compose up -d --wait", StringComparison.Ordinal));
        Assert.Contains(runs, r => r.Contains("http://localhost:5080/health/ready", StringComparison.Ordinal));
        Assert.Contains(runs, r => r.Contains("http://localhost:5080/graphql", StringComparison.Ordinal));
        Assert.Contains(runs, r => r.Contains("grep -q 'no changes'", StringComparison.Ordinal));
        Assert.Equal(["docker compose down -v"], ifs);
    }

    private static List<YamlNode> Steps(string job) =>
        Assert.IsType<YamlSequenceNode>(Workflow.Find("jobs", job, "steps")).Children.ToList();

    private static string Run(YamlNode step) => YamlFile.Find(step, "run") is YamlScalarNode { Value: { } run } ? run : "";
}
