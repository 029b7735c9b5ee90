namespace TeamGraph.Core.Tests;

/// <summary>Finds the repository from the test binaries, so test inputs stay under tests/data without copying.</summary>
public static class TestPaths
{
    public static string RepoRoot { get; } = FindRepoRoot();

    public static string Data(params string[] parts) => Path.Combine([RepoRoot, "tests", "data", .. parts]);

    private static string FindRepoRoot()
    {
        for (var directory = new DirectoryInfo(AppContext.BaseDirectory); directory is not null; directory = directory.Parent)
        {
            if (File.Exists(Path.Combine(directory.FullName, "TeamGraph.sln")))
            {
                return directory.FullName;
            }
        }

        throw new InvalidOperationException("TeamGraph.sln not found above " + AppContext.BaseDirectory);
    }
}
