using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.DependencyInjection;

namespace TeamGraph.Browser.Tests;

/// <summary>
/// The API serving seed/ on a free loopback port of a real Kestrel server (a browser cannot reach the in-memory test
/// server), with the UI assets the build put under src/TeamGraph.Api/wwwroot/ui. Sources link to <see cref="SourceLinkTemplate"/>.
/// </summary>
public sealed class KestrelSeedApiFactory : WebApplicationFactory<Program>
{
    /// <summary>The TeamGraph:SourceLinkTemplate the API is started with (example.com: no page follows these links).</summary>
    public const string SourceLinkTemplate = "https://git.example.com/team/handbook/blob/main/{path}#L{line}";

    /// <summary>Starts the server and returns its address, such as <c>http://127.0.0.1:40123/</c>.</summary>
    public Uri Start()
    {
        UseKestrel();
        StartServer();
        var address = Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First();
        return new Uri(address.TrimEnd('/') + "/");
    }

    protected override void ConfigureWebHost(IWebHostBuilder builder) =>
        builder.UseSetting(WebHostDefaults.ServerUrlsKey, "http://127.0.0.1:0")
            .UseSetting("TeamGraph:DocsFolder", Path.Combine(TestPaths.RepoRoot, "seed"))
            .UseSetting("TeamGraph:SourceLinkTemplate", SourceLinkTemplate)
            .UseSetting("Logging:LogLevel:Default", "Warning");
}
