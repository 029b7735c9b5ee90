namespace TeamGraph.Api.Hosting;

/// <summary>Finds the documents to serve when no folder is configured: the repository's <c>seed</c> folder.</summary>
internal static class DocsFolderLocator
{
    private const string SolutionFile = "TeamGraph.sln";
    private const string SeedFolder = "seed";

    /// <summary>
    /// The configured folder, made absolute against <paramref name="currentDirectory"/> (where the user typed it); else
    /// the <c>seed</c> folder beside the first <c>TeamGraph.sln</c> above the content root or the current directory;
    /// else <c>seed</c> under the content root.
    /// </summary>
    public static string Locate(string? configured, string contentRoot, string currentDirectory)
    {
        if (!string.IsNullOrWhiteSpace(configured))
        {
            return Path.GetFullPath(configured, currentDirectory);
        }

        foreach (var start in new[] { contentRoot, currentDirectory })
        {
            for (var folder = new DirectoryInfo(start); folder is not null; folder = folder.Parent)
            {
                if (File.Exists(Path.Combine(folder.FullName, SolutionFile)))
                {
                    return Path.Combine(folder.FullName, SeedFolder);
                }
            }
        }

        return Path.Combine(contentRoot, SeedFolder);
    }
}
