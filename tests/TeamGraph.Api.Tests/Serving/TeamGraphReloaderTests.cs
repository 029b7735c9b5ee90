using TeamGraph.Core.Ingestion;
using TeamGraph.GraphQL.Serving;

namespace TeamGraph.Api.Tests.Serving;

public sealed class TeamGraphReloaderTests
{
    [Fact]
    public async Task Reload_IngestThrows_KeepsTheLastGoodGraphAndSaysWhy()
    {
        using var docs = new TempDocsFolder();
        var state = new TeamGraphState();
        var fail = false;
        var reloader = new TeamGraphReloader(state, docs.Folder, TimeProvider.System,
            folder => fail ? throw new InvalidDataException("disk on fire") : new FolderIngester().Ingest(folder));
        var good = (await reloader.ReloadAsync(TestContext.Current.CancellationToken)).Succeeded ? state.Current : null;
        fail = true;

        var report = await reloader.ReloadAsync(TestContext.Current.CancellationToken);

        Assert.NotNull(good);
        Assert.False(report.Succeeded);
        Assert.Same(good, state.Current);
        Assert.Same(report, reloader.LastReload);
        Assert.IsType<InvalidDataException>(report.Exception);
        Assert.Contains(nameof(InvalidDataException), report.Message, StringComparison.Ordinal);
        Assert.DoesNotContain("disk on fire", report.Message, StringComparison.Ordinal);
        Assert.Equal(8, report.Documents);
        Assert.Equal(good.LoadedAt, report.LoadedAt);
    }

    [Fact]
    public async Task Reload_FolderEmptied_KeepsTheLastGoodGraph()
    {
        using var docs = new TempDocsFolder();
        var state = new TeamGraphState();
        var reloader = new TeamGraphReloader(state, docs.Folder, TimeProvider.System);
        await reloader.ReloadAsync(TestContext.Current.CancellationToken);
        var good = state.Current;
        foreach (var file in Directory.EnumerateFiles(docs.Folder, "*.md", SearchOption.AllDirectories))
        {
            File.Delete(file);
        }

        var report = await reloader.ReloadAsync(TestContext.Current.CancellationToken);

        Assert.False(report.Succeeded);
        Assert.Contains("no Markdown documents", report.Message, StringComparison.Ordinal);
        Assert.Same(good, state.Current);
    }

    [Fact]
    public async Task Reload_CalledWhileOneRuns_CallsJoinOneReloadAfterIt()
    {
        using var docs = new TempDocsFolder();
        var ingests = 0;
        var entered = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        using var release = new ManualResetEventSlim();
        var reloader = new TeamGraphReloader(new TeamGraphState(), docs.Folder, TimeProvider.System, folder =>
        {
            if (Interlocked.Increment(ref ingests) == 1)
            {
                entered.SetResult();
                release.Wait(TestContext.Current.CancellationToken);
            }

            return new FolderIngester().Ingest(folder);
        });
        var running = reloader.ReloadAsync(TestContext.Current.CancellationToken);
        await entered.Task.WaitAsync(TestContext.Current.CancellationToken);

        var burst = Enumerable.Range(0, 5).Select(_ => reloader.ReloadAsync(TestContext.Current.CancellationToken)).ToList();
        release.Set();
        var reports = await Task.WhenAll(burst);

        Assert.True((await running).Succeeded);
        Assert.Equal(2, ingests);
        Assert.All(reports, report => Assert.Same(reports[0], report));
    }
}
