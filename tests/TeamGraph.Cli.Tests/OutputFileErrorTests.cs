using System.Runtime.Versioning;

namespace TeamGraph.Cli.Tests;

/// <summary>An output file that cannot be written: every command names the path the user gave, with the reason.</summary>
public sealed class OutputFileErrorTests : IDisposable
{
    private static readonly string Seed = Path.Combine(TestPaths.RepoRoot, "seed");
    private readonly string _root = Directory.CreateTempSubdirectory("teamgraph-output-").FullName;

    private static readonly string[] Export = ["export", Seed, "--format", "jsonl"];
    private static readonly string[] Diagram = ["diagram", Seed, "--role", "DO"];
    private static readonly string[] Schema = ["schema"];

    public static TheoryData<string[]> Writers => new() { Export, Diagram, Schema };

    [Theory]
    [MemberData(nameof(Writers))]
    public void Write_Unwritable_NamesTheUsersPathAndWhy(string[] command)
    {
        Assert.SkipWhen(OperatingSystem.IsWindows(), "Folder permissions are set with Unix modes.");
        var (output, reason) = OperatingSystem.IsWindows() ? default : UnwritableOutput();

        var run = CommandLineRun.Invoke([.. command, "-o", output]);

        Assert.Equal(ExitCodes.Failure, run.ExitCode);
        Assert.Contains($"cannot write '{output}': {reason}", run.Stderr, StringComparison.Ordinal);
        Assert.DoesNotContain(".tmp", run.Stderr, StringComparison.Ordinal);
        Assert.False(File.Exists(output));
    }

    [Theory]
    [MemberData(nameof(Writers))]
    public void Write_ParentIsAFile_IsAUsageErrorNamingBoth(string[] command)
    {
        var file = Path.Combine(_root, "notes.txt");
        File.WriteAllText(file, "not a folder");
        var output = Path.Combine(file, "out.txt");

        var run = CommandLineRun.Invoke([.. command, "-o", output]);

        Assert.Equal(ExitCodes.UsageError, run.ExitCode);
        Assert.Contains($"Cannot write output file '{output}': '{file}' is a file, not a directory.", run.Stderr, StringComparison.Ordinal);
    }

    public void Dispose()
    {
        if (!OperatingSystem.IsWindows())
        {
            foreach (var folder in Directory.EnumerateDirectories(_root))
            {
                File.SetUnixFileMode(folder, UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.UserExecute);
            }
        }

        Directory.Delete(_root, recursive: true);
    }

    /// <summary>
    /// A file in a read-only folder; but where chmod does not stop writes (root, as in CI), a file name longer than the
    /// file system allows (255 bytes), which fails for everyone.
    /// </summary>
    [UnsupportedOSPlatform("windows")]
    private (string Output, string Reason) UnwritableOutput()
    {
        var readOnly = Path.Combine(_root, "read-only");
        Directory.CreateDirectory(readOnly);
        File.SetUnixFileMode(readOnly, UnixFileMode.UserRead | UnixFileMode.UserExecute);
        if (!CanWriteIn(readOnly))
        {
            return (Path.Combine(readOnly, "out.txt"), "permission denied");
        }

        return (Path.Combine(_root, new string('n', 300) + ".txt"), "the file name is too long");
    }

    private static bool CanWriteIn(string folder)
    {
        try
        {
            var probe = Path.Combine(folder, "probe");
            File.WriteAllText(probe, "");
            File.Delete(probe);
            return true;
        }
        catch (UnauthorizedAccessException)
        {
            return false;
        }
    }
}
