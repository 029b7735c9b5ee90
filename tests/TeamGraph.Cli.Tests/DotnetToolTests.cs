using System.IO.Compression;
using System.Text.Json;
using System.Xml.Linq;

namespace TeamGraph.Cli.Tests;

/// <summary>The CLI as a .NET tool: packed, installed from a local folder alone, and run as <c>teamgraph</c>.</summary>
public sealed class DotnetToolTests(InstalledToolFixture tool) : IClassFixture<InstalledToolFixture>
{
    [Fact]
    public void Install_FromTheLocalFolderAlone_Succeeds()
    {
        SkipUnlessInstalled();

        Assert.True(tool.Install!.ExitCode == 0, $"dotnet tool install failed: {tool.Install}");
        Assert.True(File.Exists(tool.Command), $"no {tool.Command} after: {tool.Install}");
        if (Environment.GetEnvironmentVariable(InstalledToolFixture.PackagesVariable) is { Length: > 0 } packed)
        {
            Assert.Equal(packed, tool.PackagesFolder);
        }
    }

    [Fact]
    public void InstalledTool_LintSeed_ExitsZeroWithTheSummaryLine()
    {
        SkipUnlessInstalled();

        var run = tool.Run("lint", "seed");

        Assert.True(run.ExitCode == 0, run.ToString());
        var inProcess = CommandLineRun.Invoke("lint", Path.Combine(TestPaths.RepoRoot, "seed"));
        Assert.Equal(inProcess.Stderr.ReplaceLineEndings("\n").Trim(), run.Stderr.ReplaceLineEndings("\n").Trim());
        Assert.Matches("^[0-9]+ documents, [0-9]+ nodes, [0-9]+ relationships; diagnostics: 0 errors, [0-9]+ warnings, [0-9]+ info$", run.Stderr.Trim());
        Assert.Equal(inProcess.Stdout.ReplaceLineEndings("\n"), run.Stdout.ReplaceLineEndings("\n"));
    }

    [Fact]
    public void Package_IsADotnetToolNamedTeamgraphWithItsReadme()
    {
        SkipUnlessInstalled();

        var package = Directory.EnumerateFiles(tool.PackagesFolder, "TeamGraph.Cli.*.nupkg").Single();
        using var zip = ZipFile.OpenRead(package);
        var nuspec = XDocument.Load(zip.GetEntry("TeamGraph.Cli.nuspec")!.Open());
        var metadata = nuspec.Root!.Elements().Single(e => e.Name.LocalName == "metadata");
        string Value(string name) => metadata.Elements().Single(e => e.Name.LocalName == name).Value;
        Assert.Equal("TeamGraph.Cli", Value("id"));
        Assert.Equal("README.md", Value("readme"));
        Assert.False(string.IsNullOrWhiteSpace(Value("description")));
        Assert.Contains(metadata.Descendants(), e => e.Name.LocalName == "packageType" && (string?)e.Attribute("name") == "DotnetTool");
        var settings = XDocument.Load(zip.Entries.Single(e => e.FullName.EndsWith("/DotnetToolSettings.xml", StringComparison.Ordinal)).Open());
        Assert.Equal("teamgraph", (string?)settings.Descendants("Command").Single().Attribute("Name"));
        Assert.NotNull(zip.GetEntry("README.md"));
    }

    [Fact]
    public void Package_RunsWithoutDynamicPgoTiersUpAtOnceAndStartsLargeArraysYoung()
    {
        SkipUnlessInstalled();

        var package = Directory.EnumerateFiles(tool.PackagesFolder, "TeamGraph.Cli.*.nupkg").Single();
        using var zip = ZipFile.OpenRead(package);
        using var runtimeConfig = JsonDocument.Parse(zip.Entries.Single(e => e.FullName.EndsWith("/teamgraph.runtimeconfig.json", StringComparison.Ordinal)).Open());

        var properties = runtimeConfig.RootElement.GetProperty("runtimeOptions").GetProperty("configProperties");
        Assert.False(properties.GetProperty("System.Runtime.TieredPGO").GetBoolean());
        Assert.Equal(0, properties.GetProperty("System.Runtime.TieredCompilation.CallCountingDelayMs").GetInt32());
        Assert.Equal(16 * 1024 * 1024, properties.GetProperty("System.GC.LOHThreshold").GetInt32());
    }

    private void SkipUnlessInstalled() => Assert.SkipWhen(tool.SkipReason is not null, $"Skipped: {tool.SkipReason}.");
}
