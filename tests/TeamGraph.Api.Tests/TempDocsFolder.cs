namespace TeamGraph.Api.Tests;

/// <summary>A copy of the repository's seed/ folder in a temporary folder that the test may change; deleted on dispose.</summary>
internal sealed class TempDocsFolder : IDisposable
{
    public TempDocsFolder()
    {
        Root = Path.Combine(Path.GetTempPath(), "teamgraph-reload-" + Guid.NewGuid().ToString("N"));
        Folder = Path.Combine(Root, "docs");
        var seed = Path.Combine(TestPaths.RepoRoot, "seed");
        foreach (var file in Directory.EnumerateFiles(seed, "*", SearchOption.AllDirectories))
        {
            var target = Path.Combine(Folder, Path.GetRelativePath(seed, file));
            Directory.CreateDirectory(Path.GetDirectoryName(target)!);
            File.Copy(file, target);
        }
    }

    /// <summary>The docs folder (a child of a private temporary folder, so it can be deleted and recreated).</summary>
    public string Folder { get; }

    private string Root { get; }

    /// <summary>Replaces <paramref name="from"/> with <paramref name="to"/> in the card at <paramref name="relativePath"/>.</summary>
    public void Edit(string relativePath, string from, string to)
    {
        var file = Path.Combine(Folder, relativePath);
        var text = File.ReadAllText(file);
        Assert.Contains(from, text, StringComparison.Ordinal);
        File.WriteAllText(file, text.Replace(from, to, StringComparison.Ordinal));
    }

    public void Dispose()
    {
        if (Directory.Exists(Root))
        {
            Directory.Delete(Root, recursive: true);
        }
    }
}
