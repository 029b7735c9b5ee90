using System.Diagnostics;
using System.Text.Json;
using Microsoft.Extensions.DependencyInjection;
using TeamGraph.GraphQL.Serving;

namespace TeamGraph.Browser.Tests.Http;

/// <summary>
/// The graphql-sse npm package's own client (the one GraphiQL bundles), run by node against the API on a real Kestrel
/// server: it subscribes to <c>graphChanged</c>, sees a reload arrive, and leaves. Skips without node or without the
/// UI's npm packages (the build installs them).
/// </summary>
public sealed class GraphQLSseClientTests : IAsyncLifetime
{
    private const string Script = """
        const [moduleFile, url] = process.argv.slice(2);
        const { createClient } = await import(moduleFile);
        const client = createClient({ url, retryAttempts: 0 });
        const events = client.iterate(
          { query: 'subscription { graphChanged { succeeded documents nodes } }' },
          { connected: () => console.log('connected') });
        const first = await events.next();
        console.log(JSON.stringify(first.value));
        await events.return();
        for await (const result of client.iterate({ query: '{ stats { documents } }' })) console.log(JSON.stringify(result));
        client.dispose();
        """;

    private static readonly string Module = Path.Combine(TestPaths.RepoRoot, "src", "TeamGraph.Api", "ClientApp", "node_modules", "graphql-sse", "lib", "index.mjs");

    private readonly KestrelSeedApiFactory _api = new();
    private Uri _address = null!;

    public ValueTask InitializeAsync()
    {
        _address = _api.Start();
        return ValueTask.CompletedTask;
    }

    [Fact]
    public async Task GraphqlSseClient_SubscribesSeesAReloadAndRunsAQuery()
    {
        Assert.SkipUnless(File.Exists(Module), $"No graphql-sse package at {Module}: build src/TeamGraph.Api (it runs npm ci) first.");
        var script = Path.Combine(Path.GetTempPath(), $"teamgraph-sse-{Guid.NewGuid():N}.mjs");
        await File.WriteAllTextAsync(script, Script, TestContext.Current.CancellationToken);
        try
        {
            using var node = StartNode(script, new Uri(Module).AbsoluteUri, new Uri(_address, "graphql").AbsoluteUri);
            using var timeout = CancellationTokenSource.CreateLinkedTokenSource(TestContext.Current.CancellationToken);
            timeout.CancelAfter(TimeSpan.FromSeconds(60));

            Assert.Equal("connected", await node.StandardOutput.ReadLineAsync(timeout.Token));
            await _api.Services.GetRequiredService<IServedGraphSource>().ReloadAsync(timeout.Token);
            var changed = JsonDocument.Parse((await node.StandardOutput.ReadLineAsync(timeout.Token))!).RootElement;
            var query = JsonDocument.Parse((await node.StandardOutput.ReadLineAsync(timeout.Token))!).RootElement;
            await node.WaitForExitAsync(timeout.Token);

            Assert.True(node.ExitCode == 0, await node.StandardError.ReadToEndAsync(timeout.Token));
            Assert.True(changed.GetProperty("data").GetProperty("graphChanged").GetProperty("succeeded").GetBoolean());
            Assert.Equal(8, changed.GetProperty("data").GetProperty("graphChanged").GetProperty("documents").GetInt32());
            Assert.Equal(8, query.GetProperty("data").GetProperty("stats").GetProperty("documents").GetInt32());
        }
        finally
        {
            File.Delete(script);
        }
    }

    public async ValueTask DisposeAsync() => await _api.DisposeAsync();

    private static Process StartNode(params string[] arguments)
    {
        var start = new ProcessStartInfo("node") { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
        foreach (var argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }

        try
        {
            return Process.Start(start) ?? throw new InvalidOperationException("node did not start.");
        }
        catch (System.ComponentModel.Win32Exception exception)
        {
            Assert.Skip($"node is not on the PATH ({exception.Message}).");
            throw;
        }
    }
}
