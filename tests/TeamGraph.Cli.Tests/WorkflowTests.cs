using System.Text.RegularExpressions;
using System.Xml.Linq;
using TeamGraph.Cli.Tests.Deployment;
using YamlDotNet.RepresentationModel;

namespace TeamGraph.Cli.Tests;

/// <summary>
/// docs/workflows/teamgraph-lint.yml, the ready workflow for a repository of role cards: it still installs this
/// package, runs lint with options the command line accepts, uploads the SARIF log and fails on errors.
/// </summary>
public sealed partial class WorkflowTests
{
    private static readonly YamlFile Workflow = YamlFile.Load("docs", "workflows", "teamgraph-lint.yml");

    [Fact]
    public void Workflow_RunsOnPullRequestsWithTheRightToUploadSarif()
    {
        var on = Assert.IsType<YamlMappingNode>(Workflow.Find("on"));

        Assert.Contains("pull_request", on.Children.Keys.Select(k => ((YamlScalarNode)k).Value));
        Assert.Equal("write", Workflow.Scalar("permissions", "security-events"));
    }

    [Fact]
    public void Workflow_SetsUpDotnet10AndInstallsThisPackageAtItsVersion()
    {
        var steps = Steps();
        var project = XDocument.Load(Path.Combine(TestPaths.RepoRoot, "src", "TeamGraph.Cli", "TeamGraph.Cli.csproj"));
        string Property(string name) => project.Descendants(name).Single().Value;

        var setup = Assert.Single(steps, s => Uses(s).StartsWith("actions/setup-dotnet@", StringComparison.Ordinal));
        Assert.StartsWith("10.", Scalar(setup, "with", "dotnet-version"), StringComparison.Ordinal);
        var install = Assert.Single(steps, s => Run(s).Contains("dotnet tool install", StringComparison.Ordinal));
        Assert.Contains($"--global {Property("PackageId")} ", Run(install), StringComparison.Ordinal);
        Assert.Equal(Property("Version"), Workflow.Scalar("env", "TEAMGRAPH_VERSION"));
        Assert.Equal("teamgraph", Property("ToolCommandName"));
        Assert.True(steps.IndexOf(setup) < steps.IndexOf(install));
    }

    [Fact]
    public void Workflow_LintsToSarifUploadsItThenAnnotatesAndFailsOnErrors()
    {
        var steps = Steps();

        var sarif = Assert.Single(steps, s => Run(s).Contains("--format sarif", StringComparison.Ordinal));
        Assert.Contains("teamgraph lint \"$TEAMGRAPH_DOCS\" --format sarif -o results.sarif", Run(sarif), StringComparison.Ordinal);
        var upload = Assert.Single(steps, s => Uses(s).StartsWith("github/codeql-action/upload-sarif@", StringComparison.Ordinal));
        Assert.Equal("results.sarif", Scalar(upload, "with", "sarif_file"));
        var annotate = Assert.Single(steps, s => Run(s).Contains("--format github", StringComparison.Ordinal));
        Assert.Equal("teamgraph lint \"$TEAMGRAPH_DOCS\" --format github", Run(annotate).Trim());
        Assert.False(annotate.Children.ContainsKey("continue-on-error"));
        Assert.True(steps.IndexOf(sarif) < steps.IndexOf(upload) && steps.IndexOf(upload) < steps.IndexOf(annotate));
    }

    [Fact]
    public void Workflow_LintCommands_AreAcceptedByTheCommandLine()
    {
        var output = Path.Combine(Path.GetTempPath(), $"teamgraph-{Guid.NewGuid():N}.sarif");
        try
        {
            var commands = Steps().Select(Run).Select(run => TeamgraphCommand().Match(run)).Where(m => m.Success).ToList();

            Assert.Equal(2, commands.Count);
            foreach (var command in commands)
            {
                var arguments = command.Groups["arguments"].Value.Split(' ', StringSplitOptions.RemoveEmptyEntries)
                    .Select(a => a.Trim('"'))
                    .Select(a => a == "$TEAMGRAPH_DOCS" ? Path.Combine(TestPaths.RepoRoot, "seed") : a == "results.sarif" ? output : a)
                    .ToArray();

                var run = CommandLineRun.Invoke(arguments);

                Assert.True(run.ExitCode == 0, $"teamgraph {string.Join(' ', arguments)}: {run}");
            }

            Assert.Empty(SarifSchema.Errors(File.ReadAllText(output)));
        }
        finally
        {
            File.Delete(output);
        }
    }

    [GeneratedRegex("""^teamgraph (?<arguments>[^|\n]+?)\s*(\|\||$)""", RegexOptions.Multiline)]
    private static partial Regex TeamgraphCommand();

    private static List<YamlMappingNode> Steps() =>
        [.. Assert.IsType<YamlSequenceNode>(Workflow.Find("jobs", "lint", "steps")).Children.Cast<YamlMappingNode>()];

    private static string Scalar(YamlMappingNode node, params string[] keys) =>
        YamlFile.Find(node, keys) is YamlScalarNode { Value: { } value } ? value : "";

    private static string Uses(YamlMappingNode step) => Scalar(step, "uses");

    private static string Run(YamlMappingNode step) => Scalar(step, "run");
}
