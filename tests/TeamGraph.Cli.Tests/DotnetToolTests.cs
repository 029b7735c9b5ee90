using System.IO.Compression;
using System.Runtime.InteropServices;
using System.Text.Json;
using System.Text.RegularExpressions;
using System.Xml.Linq;

namespace TeamGraph.Cli.Tests;

/// <summary>The CLI as a .NET tool: packed, installed from a local folder alone, and run as <c>teamgraph</c>.</summary>
public sealed partial class DotnetToolTests(InstalledToolFixture tool) : IClassFixture<InstalledToolFixture>
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
    public void Package_IsADotnetToolNamedTeamgraphWithItsReadme_PointingAtTheNativeAndTheFrameworkDependentBuilds()
    {
        SkipUnlessInstalled();

        using var zip = ZipFile.OpenRead(tool.Package("TeamGraph.Cli"));
        var nuspec = XDocument.Load(zip.GetEntry("TeamGraph.Cli.nuspec")!.Open());
        var metadata = nuspec.Root!.Elements().Single(e => e.Name.LocalName == "metadata");
        string Value(string name) => metadata.Elements().Single(e => e.Name.LocalName == name).Value;
        Assert.Equal("TeamGraph.Cli", Value("id"));
        Assert.Equal("README.md", Value("readme"));
        Assert.False(string.IsNullOrWhiteSpace(Value("description")));
        Assert.Contains(metadata.Descendants(), e => e.Name.LocalName == "packageType" && (string?)e.Attribute("name") == "DotnetTool");
        var settings = XDocument.Load(zip.Entries.Single(e => e.FullName.EndsWith("/DotnetToolSettings.xml", StringComparison.Ordinal)).Open());
        Assert.Equal("teamgraph", (string?)settings.Descendants("Command").Single().Attribute("Name"));
        Assert.Equal(
            [("linux-x64", "TeamGraph.Cli.linux-x64"), ("any", "TeamGraph.Cli.any")],
            settings.Descendants("RuntimeIdentifierPackage").Select(p => ((string?)p.Attribute("RuntimeIdentifier"), (string?)p.Attribute("Id"))));
        Assert.NotNull(zip.GetEntry("README.md"));
    }

    [Fact]
    public void NativePackage_HoldsTheCompiledCommandAlone()
    {
        SkipUnlessInstalled();

        using var zip = ZipFile.OpenRead(tool.Package("TeamGraph.Cli.linux-x64"));
        var files = zip.Entries.Where(e => e.FullName.StartsWith("tools/", StringComparison.Ordinal)).Select(e => Path.GetFileName(e.FullName)).ToList();
        Assert.Contains("teamgraph", files);
        Assert.DoesNotContain(files, f => f.EndsWith(".dll", StringComparison.Ordinal) || f.EndsWith(".dbg", StringComparison.Ordinal) || f.EndsWith(".pdb", StringComparison.Ordinal));
    }

    [Fact]
    public void InstalledOnLinuxX64_IsTheNativeBuild()
    {
        SkipUnlessInstalled();
        Assert.SkipUnless(OperatingSystem.IsLinux() && RuntimeInformation.OSArchitecture == Architecture.X64, "Skipped: the native build is for linux-x64, and this is not.");

        var installed = new FileInfo(tool.Command).ResolveLinkTarget(returnFinalTarget: true)?.FullName ?? tool.Command;
        Assert.Contains("teamgraph.cli.linux-x64", installed, StringComparison.Ordinal);
        Assert.False(File.Exists(Path.Combine(Path.GetDirectoryName(installed)!, "teamgraph.dll")), $"{installed} is a .NET host, not the native build");
    }

    [Fact]
    public void FrameworkDependentPackage_RunsWithoutDynamicPgoTiersUpAtOnceAndStartsLargeArraysYoung()
    {
        SkipUnlessInstalled();

        using var zip = ZipFile.OpenRead(tool.Package("TeamGraph.Cli.any"));
        using var runtimeConfig = JsonDocument.Parse(zip.Entries.Single(e => e.FullName.EndsWith("/teamgraph.runtimeconfig.json", StringComparison.Ordinal)).Open());

        var properties = runtimeConfig.RootElement.GetProperty("runtimeOptions").GetProperty("configProperties");
        Assert.False(properties.GetProperty("System.Runtime.TieredPGO").GetBoolean());
        Assert.Equal(0, properties.GetProperty("System.Runtime.TieredCompilation.CallCountingDelayMs").GetInt32());
        Assert.Equal(16 * 1024 * 1024, properties.GetProperty("System.GC.LOHThreshold").GetInt32());
    }

    /// <summary>
    /// What the installed tool (on linux-x64 the native build, compiled without the reflection the in-process CLI may
    /// use) prints for every command: the same as the CLI run in this process, byte for byte, with the same exit code.
    /// </summary>
    [Theory]
    [MemberData(nameof(Commands))]
    public void InstalledTool_AnswersEveryCommandAsTheInProcessCli(string[] arguments)
    {
        SkipUnlessInstalled();

        var installed = tool.Run(arguments);
        var inProcess = CommandLineRun.Invoke(arguments);

        Assert.True(inProcess.ExitCode == installed.ExitCode, $"in process {inProcess.ExitCode}, installed: {installed}");
        Assert.Equal(Comparable(inProcess.Stdout), Comparable(installed.Stdout));
        Assert.Equal(Comparable(inProcess.Stderr), Comparable(installed.Stderr));
    }

    /// <summary>
    /// The output with the commit the tool was built from (SARIF's tool version, "0.1.0+1b7362f…") left out: run alone,
    /// the fixture packs the working tree as it is now, which may be a commit past this test's own build.
    /// </summary>
    private static string Comparable(string output) => CommitOfTheBuild().Replace(output.ReplaceLineEndings("\n"), "+COMMIT");

    [GeneratedRegex(@"\+[0-9a-f]{7,40}\b")]
    private static partial Regex CommitOfTheBuild();

    public static TheoryData<string[]> Commands()
    {
        var seed = Path.Combine(TestPaths.RepoRoot, "seed");
        var data = new TheoryData<string[]>();
        foreach (var format in (string[])["text", "json", "sarif", "github"])
        {
            // SARIF and GitHub paths are relative to the working directory unless given a prefix; the two runs have different ones.
            data.Add(["lint", seed, "-f", format, "--path-prefix", "team/", "-q"]);
            data.Add(["audit", seed, "-f", format, "--path-prefix", "team/", "-q"]);
        }

        foreach (var format in (string[])["jsonl", "cypher"])
        {
            data.Add(["export", seed, "-f", format, "-q"]);
        }

        foreach (var format in (string[])["mermaid", "dot", "plantuml"])
        {
            data.Add(["diagram", seed, "-f", format, "--kinds", "handoff,collaboration,escalation,approval,communication", "-q"]);
        }

        data.Add(["diagram", seed, "--role", "TL", "--depth", "2", "-q"]);
        data.Add(["diagram", seed, "--from", "PM", "--to", "QA", "-q"]);
        data.Add(["diagram", seed, "--role", "NOBODY", "-q"]);
        data.Add(["schema"]);
        data.Add(["lint", Path.Combine(seed, "no-such-folder"), "-q"]);
        data.Add(["export", seed, "-q"]);
        return data;
    }

    private void SkipUnlessInstalled() => Assert.SkipWhen(tool.SkipReason is not null, $"Skipped: {tool.SkipReason}.");
}
