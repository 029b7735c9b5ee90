namespace TeamGraph.Testing;

/// <summary>Finds the repository (the folder holding TeamGraph.sln) and its test data from the test binaries.</summary>
public static class TestPaths
{
    public static string RepoRoot { get; } = FindRepoRoot();

    /// <summary>RepoRoot/tests/data/<paramref name="parts"/>.</summary>
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
