using System.Net;

namespace TeamGraph.Api.Tests.Hosting;

public sealed class DocsFolderWatcherTests
{
    private const string BackendCard = "roles/backend-developer.md";

    [Fact]
    public async Task CardChanged_IsReloadedAndServed()
    {
        using var docs = new TempDocsFolder();
        await using var factory = new ReloadApiFactory(docs.Folder);
        var client = factory.CreateClient();
        Assert.Contains("Prisma", await client.BackendSkillsAsync());

        docs.Edit(BackendCard, "| Prisma |", "| Drizzle |");

        await Eventually.TrueAsync(async () => (await client.BackendSkillsAsync()).Contains("Drizzle"), "the renamed skill is served");
        Assert.DoesNotContain("Prisma", await client.BackendSkillsAsync());
        Assert.True((await client.ReloadStatusAsync()).GetProperty("succeeded").GetBoolean());
    }

    [Fact]
    public async Task FolderDeleted_KeepsServingTheLastGoodGraphAndReportsWhy()
    {
        using var docs = new TempDocsFolder();
        await using var factory = new ReloadApiFactory(docs.Folder);
        var client = factory.CreateClient();

        Directory.Delete(docs.Folder, recursive: true);

        await Eventually.TrueAsync(async () => !(await client.ReloadStatusAsync()).GetProperty("succeeded").GetBoolean(), "the failed reload is reported");
        var status = await client.ReloadStatusAsync();
        Assert.Contains("last good graph", status.GetProperty("message").GetString(), StringComparison.Ordinal);
        Assert.Equal(8, status.GetProperty("documents").GetInt32());
        Assert.Contains("Prisma", await client.BackendSkillsAsync());
        Assert.Equal(8, (await client.QueryAsync("{ stats { documents } }")).Number("stats.documents"));
        var ready = await client.GetAsync("/health/ready", TestContext.Current.CancellationToken);
        Assert.Equal(HttpStatusCode.OK, ready.StatusCode);
        Assert.StartsWith("Degraded: The last reload failed", await ready.Content.ReadAsStringAsync(TestContext.Current.CancellationToken), StringComparison.Ordinal);
    }

    [Fact]
    public async Task FolderDeletedThenRestored_IsWatchedAgainAndReloaded()
    {
        using var docs = new TempDocsFolder();
        await using var factory = new ReloadApiFactory(docs.Folder);
        var client = factory.CreateClient();
        var backendCard = await File.ReadAllTextAsync(Path.Combine(docs.Folder, BackendCard), TestContext.Current.CancellationToken);
        Directory.Delete(docs.Folder, recursive: true);
        await Eventually.TrueAsync(async () => !(await client.ReloadStatusAsync()).GetProperty("succeeded").GetBoolean(), "the failed reload is reported");

        Directory.CreateDirectory(Path.Combine(docs.Folder, "roles"));
        await File.WriteAllTextAsync(Path.Combine(docs.Folder, BackendCard), backendCard.Replace("| Prisma |", "| Drizzle |", StringComparison.Ordinal),
            TestContext.Current.CancellationToken);

        await Eventually.TrueAsync(async () => (await client.BackendSkillsAsync()).Contains("Drizzle"), "the restored folder is served");
        var status = await client.ReloadStatusAsync();
        Assert.True(status.GetProperty("succeeded").GetBoolean());
        Assert.Equal(1, status.GetProperty("documents").GetInt32());
    }

    [Fact]
    public async Task FolderReplacedWithinTheDebounce_LaterChangesAreStillSeen()
    {
        using var docs = new TempDocsFolder();
        await using var factory = new ReloadApiFactory(docs.Folder);
        var client = factory.CreateClient();
        var cardPath = Path.Combine(docs.Folder, BackendCard);
        var backendCard = await File.ReadAllTextAsync(cardPath, TestContext.Current.CancellationToken);

        // Replaced at once, as a checkout or a sync tool does: the watcher's folder is gone and a new one has its name.
        Directory.Delete(docs.Folder, recursive: true);
        Directory.CreateDirectory(Path.Combine(docs.Folder, "roles"));
        await File.WriteAllTextAsync(cardPath, backendCard.Replace("| Prisma |", "| Drizzle |", StringComparison.Ordinal), TestContext.Current.CancellationToken);
        await Eventually.TrueAsync(async () => (await client.BackendSkillsAsync()).Contains("Drizzle"), "the replaced folder is served");

        docs.Edit(BackendCard, "| Drizzle |", "| Kysely |");

        await Eventually.TrueAsync(async () => (await client.BackendSkillsAsync()).Contains("Kysely"), "a change in the new folder is served");
    }
}
