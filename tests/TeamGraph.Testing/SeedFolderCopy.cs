using System.Text;

namespace TeamGraph.Testing;

/// <summary>
/// A copy of the real seed/ folder in a temporary folder, with one edit made to one of its files: the seed as a user
/// would break it. Deleted on dispose.
/// </summary>
public sealed class SeedFolderCopy : IDisposable
{
    private SeedFolderCopy(string path) => Path = path;

    public string Path { get; }

    /// <summary>Copies seed/ and replaces <paramref name="find"/> (which must occur exactly once) by <paramref name="replace"/> in <paramref name="file"/>.</summary>
    public static SeedFolderCopy WithEdit(string file, string find, string replace)
    {
        var copy = new SeedFolderCopy(Directory.CreateTempSubdirectory("teamgraph-seed-").FullName);
        var seed = System.IO.Path.Combine(TestPaths.RepoRoot, "seed");
        foreach (var source in Directory.EnumerateFiles(seed, "*", SearchOption.AllDirectories))
        {
            var target = System.IO.Path.Combine(copy.Path, System.IO.Path.GetRelativePath(seed, source));
            Directory.CreateDirectory(System.IO.Path.GetDirectoryName(target)!);
            File.Copy(source, target);
        }

        // The seed is mojibake: edit it as bytes, so the parts not edited stay exactly as they were.
        var path = System.IO.Path.Combine(copy.Path, file);
        var text = Encoding.UTF8.GetString(File.ReadAllBytes(path));
        if (text.Split(find).Length != 2)
        {
            throw new InvalidOperationException($"'{find}' does not occur exactly once in {file}.");
        }

        File.WriteAllBytes(path, Encoding.UTF8.GetBytes(text.Replace(find, replace, StringComparison.Ordinal)));
        return copy;
    }

    public void Dispose() => Directory.Delete(Path, recursive: true);
}
