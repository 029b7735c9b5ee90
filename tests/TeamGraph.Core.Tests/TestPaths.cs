namespace TeamGraph.Core.Tests;

/// <summary>Finds test inputs in the repository, wherever the test binaries run from.</summary>
public static class TestPaths
{
    private static readonly Lazy<string> Root = new(FindRepoRoot);

    /// <summary>The folder that holds TeamGraph.sln.</summary>
    public static string RepoRoot => Root.Value;

    /// <summary>A path under <c>tests/data</c>.</summary>
    public static string Data(params string[] parts) => Path.Combine([RepoRoot, "tests", "data", .. parts]);

    private static string FindRepoRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "TeamGraph.sln")))
            {
                return dir.FullName;
            }
        }

        throw new InvalidOperationException($"No TeamGraph.sln above {AppContext.BaseDirectory}.");
    }
}
