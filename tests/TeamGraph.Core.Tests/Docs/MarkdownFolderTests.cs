using TeamGraph.Core.Docs;

namespace TeamGraph.Core.Tests.Docs;

public sealed class MarkdownFolderTests : IDisposable
{
    private readonly string _root = Directory.CreateTempSubdirectory("teamgraph-docs-").FullName;

    [Fact]
    public void MarkdownFiles_SkipsHiddenNodeModulesBinAndObj()
    {
        foreach (var path in new[] { "a.md", "roles/b.md", ".drafts/c.md", "node_modules/p/d.md", "bin/e.md", "obj/f.md", "roles/g.txt" })
        {
            Directory.CreateDirectory(Path.GetDirectoryName(Path.Combine(_root, path))!);
            File.WriteAllText(Path.Combine(_root, path), "# x");
        }

        Assert.Equal(["a.md", "roles/b.md"], MarkdownFolder.MarkdownFiles(_root));
    }

    public void Dispose() => Directory.Delete(_root, recursive: true);
}
