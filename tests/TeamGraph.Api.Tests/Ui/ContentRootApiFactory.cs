using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;

namespace TeamGraph.Api.Tests.Ui;

/// <summary>The API serving seed/ from a content root of the test's choosing, so the UI assets can be present or absent.</summary>
public sealed class ContentRootApiFactory(string contentRoot) : WebApplicationFactory<Program>
{
    protected override void ConfigureWebHost(IWebHostBuilder builder) =>
        builder.UseContentRoot(contentRoot)
            .UseSetting("TeamGraph:DocsFolder", Path.Combine(TestPaths.RepoRoot, "seed"))
            .UseSetting("Logging:LogLevel:Default", "Warning");
}
