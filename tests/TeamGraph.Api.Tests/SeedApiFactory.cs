using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;

namespace TeamGraph.Api.Tests;

/// <summary>The API serving the repository's seed/ folder, in memory.</summary>
public sealed class SeedApiFactory : WebApplicationFactory<Program>
{
    protected override void ConfigureWebHost(IWebHostBuilder builder) =>
        builder.UseSetting("TeamGraph:DocsFolder", Path.Combine(TestPaths.RepoRoot, "seed"))
            .UseSetting("Logging:LogLevel:Default", "Warning");
}
