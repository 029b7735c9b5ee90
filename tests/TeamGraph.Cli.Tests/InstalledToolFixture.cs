using System.ComponentModel;
using System.Runtime.InteropServices;

namespace TeamGraph.Cli.Tests;

/// <summary>
/// The <c>TeamGraph.Cli</c> package installed as a .NET tool into a temporary folder, once for the tests that share it.
/// The packages are the ones <c>.ci/run</c> packed (the folder in <c>TEAMGRAPH_TOOL_PACKAGES</c>) or, when the tests
/// run alone, packed here by <c>scripts/pack-cli.sh</c>: the tool's package and the two it points at, the native
/// (Native AOT) build for linux-x64 and the framework-dependent one for everywhere else. The install reads that folder
/// and nothing else: a nuget.config with only it as a source, its own package cache (so an older package of the same
/// version is never reused), and a proxy that does not exist, so that any attempt to reach the internet fails the
/// install.
/// </summary>
public sealed class InstalledToolFixture : IDisposable
{
    /// <summary>Set by .ci/run to the folder it packed the CLI into.</summary>
    public const string PackagesVariable = "TEAMGRAPH_TOOL_PACKAGES";

    private static readonly TimeSpan Timeout = TimeSpan.FromMinutes(5);

    // Compiling the native build ahead of time takes one to two minutes on two cores.
    private static readonly TimeSpan PackTimeout = TimeSpan.FromMinutes(10);

    private readonly string _workspace = Directory.CreateTempSubdirectory("teamgraph-tool-").FullName;

    public InstalledToolFixture()
    {
        var dotnetRoot = Path.GetFullPath(Path.Combine(RuntimeEnvironment.GetRuntimeDirectory(), "..", "..", ".."));
        var dotnet = Path.Combine(dotnetRoot, OperatingSystem.IsWindows() ? "dotnet.exe" : "dotnet");
        Environment = new Dictionary<string, string>
        {
            ["DOTNET_ROOT"] = dotnetRoot,
            ["DOTNET_CLI_TELEMETRY_OPTOUT"] = "1",
            ["DOTNET_NOLOGO"] = "1",
            ["NUGET_PACKAGES"] = Path.Combine(_workspace, "nuget-cache"),
            ["HTTP_PROXY"] = "http://127.0.0.1:9",
            ["HTTPS_PROXY"] = "http://127.0.0.1:9",
            ["NO_PROXY"] = "",
        };
        try
        {
            PackagesFolder = FindOrPackPackages();
            Install = Dotnet(dotnet, ["tool", "install", "TeamGraph.Cli", "--tool-path", ToolFolder, "--configfile", WriteNuGetConfig(PackagesFolder)]);
        }
        catch (Win32Exception exception)
        {
            SkipReason = $"the .NET SDK's dotnet ({dotnet}) or bash, which packs the CLI, could not be started ({exception.Message}), so the CLI cannot be packed or installed";
        }
    }

    /// <summary>Why the tool could not be installed here, or <see langword="null"/> when it was.</summary>
    public string? SkipReason { get; }

    /// <summary>The folder the packages were installed from.</summary>
    public string PackagesFolder { get; } = "";

    /// <summary>The <c>dotnet tool install</c> run.</summary>
    public ChildProcess? Install { get; }

    /// <summary>Environment for every process of the tests: this .NET, no telemetry, the private cache, the dead proxy.</summary>
    public IReadOnlyDictionary<string, string> Environment { get; }

    /// <summary>The <c>teamgraph</c> command the install put in the tool folder (on Unix, a link into the installed package).</summary>
    public string Command => Path.Combine(ToolFolder, OperatingSystem.IsWindows() ? "teamgraph.exe" : "teamgraph");

    private string ToolFolder => Path.Combine(_workspace, "tool");

    /// <summary>Runs the installed <c>teamgraph</c> with <paramref name="arguments"/> in the repository's root.</summary>
    public ChildProcess Run(params string[] arguments) => ChildProcess.Run(Command, arguments, TestPaths.RepoRoot, Environment, Timeout);

    /// <summary>The package file whose id is <paramref name="id"/>, in <see cref="PackagesFolder"/>.</summary>
    public string Package(string id) =>
        Directory.EnumerateFiles(PackagesFolder, $"{id}.*.nupkg").Single(file => char.IsAsciiDigit(Path.GetFileName(file)[id.Length + 1]));

    public void Dispose() => Directory.Delete(_workspace, recursive: true);

    private string FindOrPackPackages()
    {
        if (System.Environment.GetEnvironmentVariable(PackagesVariable) is { Length: > 0 } packed
            && Directory.Exists(packed) && Directory.EnumerateFiles(packed, "TeamGraph.Cli.*.nupkg").Any())
        {
            return packed;
        }

        var packages = Path.Combine(_workspace, "packages");
        // Packing restores what the native build needs (the ahead-of-time compiler), so it reads the machine's usual
        // package sources and cache; only the install is held to the packed folder.
        var packing = new Dictionary<string, string> { ["DOTNET_CLI_TELEMETRY_OPTOUT"] = "1", ["DOTNET_NOLOGO"] = "1" };
        var pack = ChildProcess.Run("bash", [Path.Combine(TestPaths.RepoRoot, "scripts", "pack-cli.sh"), packages], TestPaths.RepoRoot, packing, PackTimeout);
        if (pack.ExitCode != 0)
        {
            throw new InvalidOperationException($"scripts/pack-cli.sh failed: {pack}");
        }

        return packages;
    }

    private ChildProcess Dotnet(string dotnet, string[] arguments) => ChildProcess.Run(dotnet, arguments, TestPaths.RepoRoot, Environment, Timeout);

    private string WriteNuGetConfig(string packages)
    {
        var path = Path.Combine(_workspace, "nuget.config");
        File.WriteAllText(path, $"""
            <?xml version="1.0" encoding="utf-8"?>
            <configuration>
              <packageSources>
                <clear />
                <add key="teamgraph" value="{System.Security.SecurityElement.Escape(packages)}" />
              </packageSources>
            </configuration>
            """);
        return path;
    }
}
