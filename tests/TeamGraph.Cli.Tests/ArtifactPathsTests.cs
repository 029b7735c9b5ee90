namespace TeamGraph.Cli.Tests;

public class ArtifactPathsTests
{
    private static readonly string Repository = Path.Combine(Path.GetTempPath(), "repository");

    [Fact]
    public void For_FolderInsideTheCurrentDirectory_PrefixesItsPathFromThere()
    {
        var paths = ArtifactPaths.For(new DirectoryInfo(Path.Combine(Repository, "docs", "team")), prefix: null, Repository);

        Assert.Equal("docs/team/roles/qa.md", paths.Of("roles/qa.md"));
        Assert.Equal(Path.GetFullPath(Repository), paths.Root?.FullName);
    }

    [Fact]
    public void For_TheCurrentDirectoryItself_HasNoPrefix()
    {
        var paths = ArtifactPaths.For(new DirectoryInfo(Repository), prefix: null, Repository);

        Assert.Equal("roles/qa.md", paths.Of("roles/qa.md"));
        Assert.Equal(Path.GetFullPath(Repository), paths.Root?.FullName);
    }

    [Fact]
    public void For_FolderOutsideTheCurrentDirectory_IsRelativeToTheFolder()
    {
        var folder = new DirectoryInfo(Path.Combine(Path.GetTempPath(), "elsewhere"));

        var paths = ArtifactPaths.For(folder, prefix: null, Repository);

        Assert.Equal("roles/qa.md", paths.Of("roles/qa.md"));
        Assert.Equal(folder.FullName, paths.Root?.FullName);
    }

    [Theory]
    [InlineData("docs", "docs/roles/qa.md")]
    [InlineData("docs/", "docs/roles/qa.md")]
    [InlineData("./docs\\team", "docs/team/roles/qa.md")]
    [InlineData(".", "roles/qa.md")]
    [InlineData("", "roles/qa.md")]
    public void For_AGivenPrefix_IsUsedAsGivenWithSlashesAndNoKnownRoot(string prefix, string expected)
    {
        var paths = ArtifactPaths.For(new DirectoryInfo(Path.Combine(Repository, "docs")), prefix, Repository);

        Assert.Equal(expected, paths.Of("roles/qa.md"));
        Assert.Null(paths.Root);
    }
}
