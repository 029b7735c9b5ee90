using TeamGraph.Core.Docs;
using TeamGraph.Core.Ingestion;

namespace TeamGraph.Core.Tests.Docs;

public sealed class MarkdownFolderTests : IDisposable
{
    private readonly string _root = Directory.CreateTempSubdirectory("teamgraph-docs-").FullName;
    private readonly string _outside = Directory.CreateTempSubdirectory("teamgraph-outside-").FullName;

    [Fact]
    public void MarkdownFiles_SkipsHiddenNodeModulesBinAndObj()
    {
        foreach (var path in new[] { "a.md", "roles/b.md", ".drafts/c.md", "node_modules/p/d.md", "bin/e.md", "obj/f.md", "roles/g.txt" })
        {
            Write(path);
        }

        Assert.Equal(["a.md", "roles/b.md"], MarkdownFolder.MarkdownFiles(_root));
    }

    [Fact(Timeout = 30_000)]
    public async Task Walk_LinkLoops_EndWithEveryFileOnce()
    {
        Write("a.md");
        Write("roles/b.md");
        Directory.CreateSymbolicLink(Path.Combine(_root, "roles", "up"), "..");
        Directory.CreateSymbolicLink(Path.Combine(_root, "roles", "again"), Path.Combine(_root, "roles"));
        Directory.CreateSymbolicLink(Path.Combine(_root, "self"), ".");

        var listing = await Task.Run(() => MarkdownFolder.Walk(_root), TestContext.Current.CancellationToken);

        Assert.Equal(["a.md", "roles/b.md"], listing.Files.Select(f => f.Path));
    }

    [Fact]
    public void Walk_LinksLeadingOutsideTheFolder_AreSkippedWithAWarningNamingThem()
    {
        Write("a.md");
        File.WriteAllText(Path.Combine(_outside, "secret.md"), "# Secret");
        File.CreateSymbolicLink(Path.Combine(_root, "secret.md"), Path.Combine(_outside, "secret.md"));
        Directory.CreateSymbolicLink(Path.Combine(_root, "elsewhere"), _outside);
        File.CreateSymbolicLink(Path.Combine(_root, "zero.md"), "/dev/zero");
        Directory.CreateSymbolicLink(Path.Combine(_root, "parent"), "../..");

        var listing = MarkdownFolder.Walk(_root);

        Assert.Equal(["a.md"], listing.Files.Select(f => f.Path));
        Assert.Equal(["elsewhere", "parent", "secret.md", "zero.md"],
            listing.Diagnostics.Where(d => d.Code == IngestionDiagnosticCodes.LinkOutsideFolder).Select(d => d.Path).Order(StringComparer.Ordinal));
    }

    [Fact]
    public void Walk_LinksInsideTheFolder_AreFollowedLikeAConfigMapMount()
    {
        // A Kubernetes ConfigMap volume: every file is a link through "..data" into a hidden, timestamped folder.
        Write("..2026_12_06/role.md");
        Directory.CreateSymbolicLink(Path.Combine(_root, "..data"), "..2026_12_06");
        File.CreateSymbolicLink(Path.Combine(_root, "role.md"), "..data/role.md");

        var listing = MarkdownFolder.Walk(_root);

        var entry = Assert.Single(listing.Files);
        Assert.Equal("role.md", entry.Path);
        Assert.EndsWith(Path.Combine("..2026_12_06", "role.md"), entry.FullPath, StringComparison.Ordinal);
        Assert.Empty(listing.Diagnostics);
    }

    [Fact]
    public void Walk_BrokenLink_IsAWarningNamingIt()
    {
        File.CreateSymbolicLink(Path.Combine(_root, "gone.md"), "nowhere.md");

        var diagnostic = Assert.Single(MarkdownFolder.Walk(_root).Diagnostics);

        Assert.Equal((IngestionDiagnosticCodes.BrokenLink, "gone.md"), (diagnostic.Code, diagnostic.Path));
    }

    public void Dispose()
    {
        Directory.Delete(_root, recursive: true);
        Directory.Delete(_outside, recursive: true);
    }

    private void Write(string path)
    {
        Directory.CreateDirectory(Path.GetDirectoryName(Path.Combine(_root, path))!);
        File.WriteAllText(Path.Combine(_root, path), "# x");
    }
}
