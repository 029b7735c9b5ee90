using TeamGraph.Api.Hosting;

namespace TeamGraph.Api.Tests.Hosting;

public sealed class DocsFolderLocatorTests
{
    [Fact]
    public void Locate_NothingConfigured_FindsSeedBesideTheSolution()
    {
        var folder = DocsFolderLocator.Locate(null, Path.Combine(TestPaths.RepoRoot, "src", "TeamGraph.Api"), Path.GetTempPath());

        Assert.Equal(Path.Combine(TestPaths.RepoRoot, "seed"), folder);
    }

    [Fact]
    public void Locate_RelativeFolder_IsResolvedAgainstTheCurrentDirectory()
    {
        var folder = DocsFolderLocator.Locate("docs", Path.Combine(TestPaths.RepoRoot, "src", "TeamGraph.Api"), TestPaths.RepoRoot);

        Assert.Equal(Path.Combine(TestPaths.RepoRoot, "docs"), folder);
    }
}
