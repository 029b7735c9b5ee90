using System.Diagnostics;
using System.Text.Json;

namespace TeamGraph.Api.Tests.Hosting;

/// <summary>The built API run as a process, as a user starts it: what it prints and how it exits.</summary>
public sealed class ApiProcessStartTests
{
    [Fact]
    public async Task Start_DocsFolderMissing_IsOneClearLineWithTheAbsolutePathAndExitCode1()
    {
        var missing = Path.Combine(Path.GetTempPath(), "teamgraph-missing-" + Guid.NewGuid().ToString("N"));

        var (exitCode, output) = await RunApiAsync("--DocsFolder", missing, "--urls", "http://127.0.0.1:0");

        Assert.Equal(1, exitCode);
        Assert.Single(output.Split('\n'), line => line.Contains(missing, StringComparison.Ordinal));
        Assert.Contains("does not exist", output, StringComparison.Ordinal);
        Assert.DoesNotContain("   at ", output, StringComparison.Ordinal);
        Assert.DoesNotContain("Unhandled exception", output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Start_DocsFolderIsAFile_IsOneClearLineAndExitCode1()
    {
        var file = Path.GetTempFileName();
        try
        {
            var (exitCode, output) = await RunApiAsync("--DocsFolder", file, "--urls", "http://127.0.0.1:0");

            Assert.Equal(1, exitCode);
            Assert.Contains("not a folder", output, StringComparison.Ordinal);
            Assert.DoesNotContain("   at ", output, StringComparison.Ordinal);
        }
        finally
        {
            File.Delete(file);
        }
    }

    [Fact]
    public void RuntimeConfig_RunsServerGcWithTheYoungestGenerationCappedAt16MiB()
    {
        // What `dotnet TeamGraph.Api.dll` and the apphost read at start (bench/README, "The API at scale").
        using var runtimeConfig = JsonDocument.Parse(File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "TeamGraph.Api.runtimeconfig.json")));

        var properties = runtimeConfig.RootElement.GetProperty("runtimeOptions").GetProperty("configProperties");
        Assert.True(properties.GetProperty("System.GC.Server").GetBoolean());
        Assert.Equal(16 * 1024 * 1024, properties.GetProperty("System.GC.Gen0MaxBudget").GetInt64());
    }

    [Fact]
    public void RuntimeConfig_CountsCallsTowardsTheOptimisedTierFromTheStart()
    {
        using var runtimeConfig = JsonDocument.Parse(File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "TeamGraph.Api.runtimeconfig.json")));

        var properties = runtimeConfig.RootElement.GetProperty("runtimeOptions").GetProperty("configProperties");
        Assert.Equal(0, properties.GetProperty("System.Runtime.TieredCompilation.CallCountingDelayMs").GetInt32());
    }

    private static async Task<(int ExitCode, string Output)> RunApiAsync(params string[] arguments)
    {
        var api = Path.Combine(AppContext.BaseDirectory, "TeamGraph.Api.dll");
        var start = new ProcessStartInfo("dotnet")
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
            WorkingDirectory = AppContext.BaseDirectory,
        };
        start.ArgumentList.Add(api);
        foreach (var argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }

        start.Environment["DOTNET_ENVIRONMENT"] = "Production";
        start.Environment["ASPNETCORE_ENVIRONMENT"] = "Production";
        using var process = Process.Start(start)!;
        var stdout = process.StandardOutput.ReadToEndAsync(TestContext.Current.CancellationToken);
        var stderr = process.StandardError.ReadToEndAsync(TestContext.Current.CancellationToken);
        try
        {
            await process.WaitForExitAsync(TestContext.Current.CancellationToken).WaitAsync(TimeSpan.FromSeconds(90), TestContext.Current.CancellationToken);
        }
        catch (TimeoutException)
        {
            process.Kill(entireProcessTree: true);
            Assert.Fail("The API did not exit within 90 s.");
        }

        return (process.ExitCode, (await stdout) + (await stderr));
    }
}
