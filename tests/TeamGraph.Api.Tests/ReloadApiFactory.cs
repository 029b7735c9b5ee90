using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;

namespace TeamGraph.Api.Tests;

/// <summary>The API serving a temporary copy of seed/, watching it with a short debounce; mutations need <see cref="ApiKey"/>.</summary>
internal sealed class ReloadApiFactory(string docsFolder, string? apiKey = ReloadApiFactory.ApiKey, bool watch = true) : WebApplicationFactory<Program>
{
    public const string ApiKey = "test-key-0123456789";

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseSetting("TeamGraph:DocsFolder", docsFolder)
            .UseSetting("TeamGraph:WatchDocs", watch ? "true" : "false")
            .UseSetting("TeamGraph:ReloadDebounce", "00:00:00.100")
            .UseSetting("Logging:LogLevel:Default", "Warning");
        if (apiKey is not null)
        {
            builder.UseSetting("TeamGraph:ApiKey", apiKey);
        }
    }
}
