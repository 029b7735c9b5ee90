using Microsoft.Extensions.DependencyInjection;
using TeamGraph.GraphQL.Serving;

namespace TeamGraph.Api.Tests.Serving;

public sealed class InFlightReloadTests
{
    [Fact]
    public async Task Reload_WhileAQueryRuns_TheQueryFinishesOnTheOldGraphAndTheNextSeesTheNew()
    {
        using var docs = new TempDocsFolder();
        await using var factory = new ReloadApiFactory(docs.Folder, watch: false);
        var client = factory.CreateClient();
        var state = factory.Services.GetRequiredService<TeamGraphState>();
        var blocking = new BlockingTeamGraphReader(state.Current.Reader);
        var old = state.Current with { Reader = blocking };
        state.Serve(old);

        // The role resolver waits inside the old graph's reader; its skills are read after the swap.
        var inFlight = client.QueryAsync("""{ role(id: "BE") { skills { name } } stats { documents } }""");
        await blocking.Entered.WaitAsync(TestContext.Current.CancellationToken);
        docs.Edit("roles/backend-developer.md", "| Prisma |", "| Drizzle |");
        var (_, _, reload) = await client.PostAsync(ReloadRequests.ReloadMutation, ReloadApiFactory.ApiKey);
        Assert.True(reload.At("data.reload.succeeded").GetBoolean(), reload.ToString());
        Assert.NotSame(old, state.Current);
        Assert.Contains("Drizzle", await client.BackendSkillsAsync());

        blocking.Release();
        var data = await inFlight;

        var skills = data.At("role.skills").EnumerateArray().Select(s => s.GetProperty("name").GetString()).ToList();
        Assert.Contains("Prisma", skills);
        Assert.DoesNotContain("Drizzle", skills);
    }
}
