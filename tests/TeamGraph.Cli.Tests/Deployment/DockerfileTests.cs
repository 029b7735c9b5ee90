namespace TeamGraph.Cli.Tests.Deployment;

/// <summary>The Dockerfile's stages against the repository: what it copies exists and is sent, and the runtime is wired.</summary>
public sealed class DockerfileTests
{
    private static readonly IReadOnlyList<DockerfileInstruction> Instructions = DockerfileInstruction.Load();

    [Fact]
    public void Copy_EverySourceIsInTheRepositoryAndInTheBuildContext()
    {
        var ignored = File.ReadAllLines(Path.Combine(TestPaths.RepoRoot, ".dockerignore"))
            .Select(l => l.Trim())
            .Where(l => l.Length > 0 && !l.StartsWith('#'))
            .ToList();
        var sources = Instructions
            .Where(i => i.Keyword == "COPY" && !i.Words.Any(w => w.StartsWith("--from=", StringComparison.Ordinal)))
            .SelectMany(i => i.Words.Where(w => !w.StartsWith("--", StringComparison.Ordinal)).SkipLast(1))
            .ToList();

        Assert.NotEmpty(sources);
        Assert.All(sources, source =>
        {
            var path = Path.Combine(TestPaths.RepoRoot, source.TrimEnd('/'));
            Assert.True(File.Exists(path) || Directory.Exists(path), $"COPY {source}: not in the repository");
            Assert.DoesNotContain(source.TrimEnd('/'), ignored.Select(p => p.TrimEnd('/')));
        });
    }

    [Fact]
    public void Build_PublishesTheApiWithTheUiOfTheNodeStage()
    {
        var csproj = File.ReadAllText(Path.Combine(TestPaths.RepoRoot, "src", "TeamGraph.Api", "TeamGraph.Api.csproj"));

        Assert.Contains("'$(TEAMGRAPH_SKIP_UI_BUILD)' == '1'", csproj, StringComparison.Ordinal);
        Assert.Contains(@"<TeamGraphUiOutput>$(MSBuildProjectDirectory)\wwwroot\ui\</TeamGraphUiOutput>", csproj, StringComparison.Ordinal);
        Assert.Contains(Instructions, i => i.Stage == "build" && i.Keyword == "ENV" && i.Arguments == "TEAMGRAPH_SKIP_UI_BUILD=1");
        Assert.Contains(Instructions, i => i.Stage == "build" && i.Keyword == "COPY" && i.Arguments == "--from=ui /src/src/TeamGraph.Api/wwwroot/ui/ src/TeamGraph.Api/wwwroot/ui/");
        Assert.Contains(Instructions, i => i.Stage == "build" && i.Keyword == "RUN" && i.Arguments.Contains("dotnet publish src/TeamGraph.Api/TeamGraph.Api.csproj -c Release", StringComparison.Ordinal));
        Assert.Contains(Instructions, i => i.Stage == "build" && i.Keyword == "RUN" && i.Arguments.Contains("dotnet publish src/TeamGraph.Cli/TeamGraph.Cli.csproj -c Release", StringComparison.Ordinal));
    }

    [Fact]
    public void Runtime_ServesTheSeedOnPort8080AsANonRootUserWithAHealthCheck()
    {
        var runtime = Instructions.Where(i => i.Stage == "runtime").ToList();
        var environment = string.Join(' ', runtime.Where(i => i.Keyword == "ENV").Select(i => i.Arguments));

        Assert.StartsWith("mcr.microsoft.com/dotnet/aspnet:10.0-alpine", runtime[0].Arguments, StringComparison.Ordinal);
        Assert.Contains("ASPNETCORE_URLS=http://+:8080", environment, StringComparison.Ordinal);
        Assert.Contains("TEAMGRAPH_DOCS=/app/seed", environment, StringComparison.Ordinal);
        Assert.Contains("DOTNET_SYSTEM_GLOBALIZATION_INVARIANT=false", environment, StringComparison.Ordinal);
        Assert.Contains(runtime, i => i.Keyword == "RUN" && i.Arguments.Contains("icu-libs", StringComparison.Ordinal));
        Assert.Equal("$APP_UID", Assert.Single(runtime, i => i.Keyword == "USER").Arguments);
        Assert.Contains("http://127.0.0.1:8080/health/ready", Assert.Single(runtime, i => i.Keyword == "HEALTHCHECK").Arguments, StringComparison.Ordinal);
        Assert.Equal("8080", Assert.Single(runtime, i => i.Keyword == "EXPOSE").Arguments);
        // USER comes after every COPY, so nothing the image runs as can rewrite the application.
        Assert.True(runtime.FindIndex(i => i.Keyword == "USER") > runtime.FindLastIndex(i => i.Keyword == "COPY"));
    }
}
