using System.Text;
using TeamGraph.Core.Ingestion;
using TeamGraph.Neo4j.Tests.Fakes;

namespace TeamGraph.Cli.Tests;

/// <summary><c>teamgraph ingest</c> against the loopback fake of Neo4j's Query API (no real Neo4j runs here).</summary>
public sealed class IngestCommandTests : IAsyncDisposable
{
    private readonly FakeNeo4jServer _server = new();
    private readonly string _passwordFile = Path.GetTempFileName();

    public IngestCommandTests() => File.WriteAllText(_passwordFile, "s3cret\n");

    [Fact]
    public void Ingest_Seed_WritesTheGraphAndASecondRunReportsNoChanges()
    {
        var seed = Path.Combine(TestPaths.RepoRoot, "seed");
        var expected = new FolderIngester().Ingest(seed, cancellationToken: TestContext.Current.CancellationToken).Graph;

        var first = CommandLineRun.Invoke("ingest", seed, "--neo4j", _server.Uri.ToString(), "--user", "neo4j", "--password-file", _passwordFile);
        var second = CommandLineRun.Invoke("ingest", seed, "--neo4j", _server.Uri.ToString(), "--user", "neo4j", "--password-file", _passwordFile);

        Assert.True(first.ExitCode == 0, first.Stderr);
        Assert.Equal($"nodes: {expected.Nodes.Count} created, 0 updated, 0 deleted; relationships: {expected.Relationships.Count} created, 0 updated, 0 deleted\n", first.Stdout.ReplaceLineEndings("\n"));
        Assert.Equal(0, second.ExitCode);
        Assert.Equal("no changes\n", second.Stdout.ReplaceLineEndings("\n"));
        Assert.Equal(expected.Nodes.Count, _server.Graph.Nodes.Count);
        Assert.Equal(expected.Relationships.Count, _server.Graph.Relationships.Count);
        Assert.All(_server.Requests, r => Assert.Equal("Basic " + Convert.ToBase64String(Encoding.UTF8.GetBytes("neo4j:s3cret")), r.Authorization));
        Assert.Contains("scope 'seed'", first.Stderr, StringComparison.Ordinal);
        Assert.DoesNotContain("s3cret", first.Stderr + first.Stdout, StringComparison.Ordinal);
    }

    [Fact]
    public void Ingest_DocumentsWithErrors_WritesNothingUnlessAllowed()
    {
        var result = CommandLineRun.Result(CommandLineRun.Error());

        var refused = CommandLineRun.Invoke(result, "ingest", CommandLineRun.AnyFolder, "--neo4j", _server.Uri.ToString());
        var allowed = CommandLineRun.Invoke(result, "ingest", CommandLineRun.AnyFolder, "--neo4j", _server.Uri.ToString(), "--allow-errors");

        Assert.Equal(1, refused.ExitCode);
        Assert.Contains("nothing was written", refused.Stderr, StringComparison.Ordinal);
        Assert.Equal(0, allowed.ExitCode);
        Assert.Equal("no changes\n", allowed.Stdout.ReplaceLineEndings("\n"));
    }

    [Fact]
    public async Task Ingest_Neo4jRefusesTheCredentials_ExitsOneWithNeo4jsCode()
    {
        await using var guarded = new FakeNeo4jServer(requiredAuthorization: "Basic other");

        var run = CommandLineRun.Invoke("ingest", CommandLineRun.AnyFolder, "--neo4j", guarded.Uri.ToString(), "--user", "neo4j", "--password-file", _passwordFile, "--allow-errors");

        Assert.Equal(1, run.ExitCode);
        Assert.Contains("Neo.ClientError.Security.Unauthorized: Invalid username or password.", run.Stderr, StringComparison.Ordinal);
        Assert.DoesNotContain("s3cret", run.Stderr, StringComparison.Ordinal);
    }

    [Fact]
    public void Ingest_BoltUri_IsAUsageError()
    {
        var run = CommandLineRun.Invoke("ingest", CommandLineRun.AnyFolder, "--neo4j", "bolt://localhost:7687");

        Assert.Equal(2, run.ExitCode);
        Assert.Contains("http://localhost:7474", run.Stderr, StringComparison.Ordinal);
    }

    [Fact]
    public void Ingest_NoUriAnywhere_IsAUsageErrorThatSaysWhatToPass()
    {
        Assert.SkipWhen(Environment.GetEnvironmentVariable("NEO4J_URI") is not null, "NEO4J_URI is set in this environment.");

        var run = CommandLineRun.Invoke("ingest", CommandLineRun.AnyFolder);

        Assert.Equal(2, run.ExitCode);
        Assert.Contains("--neo4j", run.Stderr, StringComparison.Ordinal);
        Assert.Empty(_server.Requests);
    }

    public async ValueTask DisposeAsync()
    {
        File.Delete(_passwordFile);
        await _server.DisposeAsync();
    }
}
