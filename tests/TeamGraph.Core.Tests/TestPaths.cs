namespace TeamGraph.Core.Tests;

/// <summary>Locates the repository from the test binaries, so tests read their inputs where they are committed.</summary>
public static class TestPaths
{
    private static readonly Lazy<string> Root = new(FindRepoRoot);

    /// <summary>The folder holding <c>TeamGraph.sln</c>.</summary>
    public static string RepoRoot => Root.Value;

    /// <summary>A path under <c>tests/data</c>, e.g. <c>Data("decoding", "cp1251.md")</c>.</summary>
    public static string Data(params string[] parts) => Path.Combine([RepoRoot, "tests", "data", .. parts]);

    private static string FindRepoRoot()
    {
        for (var folder = new DirectoryInfo(AppContext.BaseDirectory); folder is not null; folder = folder.Parent)
        {
            if (File.Exists(Path.Combine(folder.FullName, "TeamGraph.sln")))
            {
                return folder.FullName;
            }
        }

        throw new InvalidOperationException($"No TeamGraph.sln above {AppContext.BaseDirectory}.");
    }
}
