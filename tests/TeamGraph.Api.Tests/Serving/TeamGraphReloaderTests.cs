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
        Assert.Equal(8, report.Served.Counts.Documents);
        Assert.Same(good.Report, report.Served);
    }

    [Fact]
    public async Task Reload_ServesBeforeTheAudit_ThenSaysHowTheAuditWent_AndStopsTheAuditOfTheGraphItReplaces()
    {
        using var docs = new TempDocsFolder();
        var state = new TeamGraphState();
        var reloader = new TeamGraphReloader(state, docs.Folder, TimeProvider.System);
        var audits = new List<AuditReport>();
        var both = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        reloader.Audited += (_, report) =>
        {
            lock (audits)
            {
                audits.Add(report);
                if (audits.Count == 2)
                {
                    both.SetResult();
                }
            }
        };

        await reloader.ReloadAsync(TestContext.Current.CancellationToken);
        var first = state.Current;
        await reloader.ReloadAsync(TestContext.Current.CancellationToken);
        await both.Task.WaitAsync(TimeSpan.FromMinutes(1), TestContext.Current.CancellationToken);

        var expected = Core.Store.GraphReport.Of(new FolderIngester().Ingest(docs.Folder, cancellationToken: TestContext.Current.CancellationToken), docs.Folder, DateTimeOffset.UnixEpoch);
        var audited = $"Audited 8 documents: {expected.Findings.Count} findings.";
        Assert.Empty(state.Current.Report.Findings);
        Assert.Equal(expected.Findings.Count, (await state.Current.Reader.GetReportAsync(TestContext.Current.CancellationToken)).Findings.Count);

        // The served graph's audit found the findings; the replaced graph's had finished too, or was stopped.
        Assert.Contains(audits, a => a.Succeeded && a.Message == audited);
        Assert.All(audits, a => Assert.True(a.Message == audited || (a.Superseded && a.Message.StartsWith("A newer graph replaced", StringComparison.Ordinal)), a.Message));
        Assert.True(first.Audit!.Report.IsCompleted);
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

    [Fact(Timeout = 60_000)]
    public async Task Reload_LongerThanTheTimeout_IsReportedFailedAndTheNextReloadDoesNotWaitForIt()
    {
        using var docs = new TempDocsFolder();
        var state = new TeamGraphState();
        var calls = 0;
        using var release = new ManualResetEventSlim();
        var reloader = new TeamGraphReloader(state, docs.Folder, TimeProvider.System, folder =>
        {
            if (Interlocked.Increment(ref calls) == 2)
            {
                release.Wait(TimeSpan.FromMinutes(1)); // stuck, as a FIFO once made it
            }

            return new FolderIngester().Ingest(folder);
        }, options: new ReloadOptions { Timeout = TimeSpan.FromSeconds(10) }); // ample for the good reloads on a busy machine
        Assert.True((await reloader.ReloadAsync(TestContext.Current.CancellationToken)).Succeeded);
        var good = state.Current;

        try
        {
            var stuck = await reloader.ReloadAsync(TestContext.Current.CancellationToken);
            Assert.Same(good, state.Current);
            var next = await reloader.ReloadAsync(TestContext.Current.CancellationToken);

            Assert.False(stuck.Succeeded);
            Assert.Contains("reload timeout", stuck.Message, StringComparison.Ordinal);
            Assert.Contains("last good graph is still served", stuck.Message, StringComparison.Ordinal);
            Assert.NotSame(good, state.Current);
            Assert.True(next.Succeeded);
        }
        finally
        {
            release.Set();
        }
    }

    [Fact]
    public async Task Reload_FailingAtStartUp_DoesNotClaimALastGoodGraph()
    {
        using var docs = new TempDocsFolder();
        var reloader = new TeamGraphReloader(new TeamGraphState(), docs.Folder, TimeProvider.System, _ => throw new InvalidDataException("disk on fire"));

        var report = await reloader.ReloadAsync(TestContext.Current.CancellationToken);

        Assert.False(report.Succeeded);
        Assert.DoesNotContain("last good graph", report.Message, StringComparison.Ordinal);
        Assert.Contains("nothing is served yet", report.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Reload_CardBrokenAfterAGoodLoad_KeepsItsRoleMarkedStaleAndListsTheError()
    {
        using var docs = new TempDocsFolder();
        var state = new TeamGraphState();
        var reloader = new TeamGraphReloader(state, docs.Folder, TimeProvider.System,
            options: new ReloadOptions { Ingestion = IngestionOptions.Default with { SettleTime = TimeSpan.FromMilliseconds(10) } });
        await reloader.ReloadAsync(TestContext.Current.CancellationToken);
        await File.WriteAllBytesAsync(Path.Combine(docs.Folder, "roles", "backend-developer.md"), [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, .. new byte[40_000]],
            TestContext.Current.CancellationToken);

        var report = await reloader.ReloadAsync(TestContext.Current.CancellationToken);

        Assert.True(report.Succeeded);
        Assert.Equal("roles/backend-developer.md", Assert.Single(report.Served.Errors).Path);
        var nodes = await state.Current.Reader.GetNodesAsync(["doc:roles/backend-developer.md", "role:BE"], TestContext.Current.CancellationToken);
        Assert.Equal(true, nodes["doc:roles/backend-developer.md"].Properties["stale"]);
        Assert.True((bool)nodes["role:BE"].Properties["documented"]);
    }
}
