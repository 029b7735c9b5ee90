using System.Text.RegularExpressions;
using System.Xml.Linq;
using YamlDotNet.RepresentationModel;

namespace TeamGraph.Cli.Tests;

/// <summary>
/// docs/workflows/teamgraph-lint.yml, the ready workflow for a repository of role cards: it still installs this
/// package, runs lint with options the command line accepts, uploads the SARIF log and fails on errors.
/// </summary>
public sealed partial class WorkflowTests
{
    private static readonly string WorkflowPath = Path.Combine(TestPaths.RepoRoot, "docs", "workflows", "teamgraph-lint.yml");

    [Fact]
    public void Workflow_RunsOnPullRequestsWithTheRightToUploadSarif()
    {
        var workflow = Load();

        Assert.Contains("pull_request", Mapping(workflow, "on").Children.Keys.Select(k => k.ToString()));
        Assert.Equal("write", Mapping(workflow, "permissions")["security-events"].ToString());
    }

    [Fact]
    public void Workflow_SetsUpDotnet10AndInstallsThisPackageAtItsVersion()
    {
        var workflow = Load();
        var steps = Steps(workflow);
        var project = XDocument.Load(Path.Combine(TestPaths.RepoRoot, "src", "TeamGraph.Cli", "TeamGraph.Cli.csproj"));
        string Property(string name) => project.Descendants(name).Single().Value;

        var setup = Assert.Single(steps, s => Uses(s).StartsWith("actions/setup-dotnet@", StringComparison.Ordinal));
        Assert.StartsWith("10.", Mapping(setup, "with")["dotnet-version"].ToString(), StringComparison.Ordinal);
        var install = Assert.Single(steps, s => Run(s).Contains("dotnet tool install", StringComparison.Ordinal));
        Assert.Contains($"--global {Property("PackageId")} ", Run(install), StringComparison.Ordinal);
        Assert.Equal(Property("Version"), Mapping(workflow, "env")["TEAMGRAPH_VERSION"].ToString());
        Assert.Equal("teamgraph", Property("ToolCommandName"));
        Assert.True(steps.IndexOf(setup) < steps.IndexOf(install));
    }

    [Fact]
    public void Workflow_LintsToSarifUploadsItThenAnnotatesAndFailsOnErrors()
    {
        var steps = Steps(Load());

        var sarif = Assert.Single(steps, s => Run(s).Contains("--format sarif", StringComparison.Ordinal));
        Assert.Contains("teamgraph lint \"$TEAMGRAPH_DOCS\" --format sarif -o results.sarif", Run(sarif), StringComparison.Ordinal);
        var upload = Assert.Single(steps, s => Uses(s).StartsWith("github/codeql-action/upload-sarif@", StringComparison.Ordinal));
        Assert.Equal("results.sarif", Mapping(upload, "with")["sarif_file"].ToString());
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
            var commands = Steps(Load()).Select(Run).Select(run => TeamgraphCommand().Match(run)).Where(m => m.Success).ToList();

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

    private static YamlMappingNode Load()
    {
        var stream = new YamlStream();
        using var reader = new StreamReader(WorkflowPath);
        stream.Load(reader);
        return (YamlMappingNode)stream.Documents.Single().RootNode;
    }

    private static YamlMappingNode Mapping(YamlMappingNode node, string key) => (YamlMappingNode)node[key];

    private static List<YamlMappingNode> Steps(YamlMappingNode workflow) =>
        [.. ((YamlSequenceNode)Mapping(Mapping(workflow, "jobs"), "lint")["steps"]).Children.Cast<YamlMappingNode>()];

    private static string Uses(YamlMappingNode step) => step.Children.TryGetValue("uses", out var uses) ? uses.ToString() : "";

    private static string Run(YamlMappingNode step) => step.Children.TryGetValue("run", out var run) ? run.ToString() : "";
}
