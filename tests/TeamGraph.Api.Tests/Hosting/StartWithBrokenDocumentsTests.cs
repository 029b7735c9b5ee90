using System.Diagnostics;
using System.Net;

namespace TeamGraph.Api.Tests.Hosting;

/// <summary>The API always starts on a readable folder, whatever its documents hold, and says what did not load.</summary>
public sealed class StartWithBrokenDocumentsTests
{
    [Fact(Timeout = 120_000)]
    public async Task Start_FolderWithAFifoAndABinaryCard_ServesWhatLoadsAndIsDegradedWithTheErrors()
    {
        using var docs = new TempDocsFolder();
        MakeFifo(Path.Combine(docs.Folder, "roles", "pipe.md"));
        await File.WriteAllBytesAsync(Path.Combine(docs.Folder, "roles", "logo.md"), [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, .. new byte[64]],
            TestContext.Current.CancellationToken);
        await using var factory = new ReloadApiFactory(docs.Folder, watch: false);

        var client = await Task.Run(factory.CreateClient, TestContext.Current.CancellationToken);

        Assert.Contains("Prisma", await client.BackendSkillsAsync());
        var ready = await client.GetAsync("/health/ready", TestContext.Current.CancellationToken);
        Assert.Equal(HttpStatusCode.OK, ready.StatusCode);
        Assert.StartsWith("Degraded: 2 error diagnostics", await ready.Content.ReadAsStringAsync(TestContext.Current.CancellationToken), StringComparison.Ordinal);
        var status = (await client.QueryAsync("{ reloadStatus { succeeded message errors diagnostics { severity code path } } }")).At("reloadStatus");
        Assert.True(status.GetProperty("succeeded").GetBoolean());
        Assert.Equal(2, status.GetProperty("errors").GetInt32());
        Assert.Equal(
            ["roles/logo.md binary-content", "roles/pipe.md not-a-regular-file"],
            status.GetProperty("diagnostics").EnumerateArray().Select(d => $"{d.GetProperty("path").GetString()} {d.GetProperty("code").GetString()}"));
    }

    private static void MakeFifo(string path)
    {
        Assert.SkipUnless(OperatingSystem.IsLinux(), "FIFOs are made and told on Linux only.");
        using var mkfifo = Process.Start("mkfifo", [path]);
        mkfifo.WaitForExit();
        Assert.Equal(0, mkfifo.ExitCode);
    }
}
