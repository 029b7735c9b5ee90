using Microsoft.AspNetCore.Mvc.Testing;

namespace TeamGraph.Api.Tests.Hosting;

public sealed class ConfiguredDocsFolderTests
{
    [Fact]
    public async Task DocsFolder_Setting_ServesThatFolder()
    {
        await using var factory = new WebApplicationFactory<Program>().WithWebHostBuilder(builder =>
            builder.UseSetting("TeamGraph:DocsFolder", TestPaths.Data("queries", "team")));

        var data = await factory.CreateClient().QueryAsync("{ stats { documents roles } frontend: role(id: \"FE\") { name } }");

        Assert.Equal(7, data.Number("stats.documents"));
        Assert.Equal("Frontend Developer", data.Text("frontend.name"));
    }
}
