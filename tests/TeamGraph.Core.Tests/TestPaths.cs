namespace TeamGraph.Core.Tests;

/// <summary>Finds the repository's files from the test's output folder.</summary>
public static class TestPaths
{
    public static string RepoRoot { get; } = FindRoot();

    public static string Data(params string[] parts) => Path.Combine([RepoRoot, "tests", "data", .. parts]);

    private static string FindRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "TeamGraph.sln")))
            {
                return dir.FullName;
            }
        }

        throw new InvalidOperationException("TeamGraph.sln not found above " + AppContext.BaseDirectory);
    }
}
