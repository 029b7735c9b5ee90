using System.Text;
using TeamGraph.Core.Ingestion;
using TeamGraph.Testing.Fakes;

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
        var report = Assert.Single(_server.Graph.Reports);
        Assert.Equal("seed", report.Key);
        Assert.Equal(
            $"nodes: {expected.Nodes.Count} created, 0 updated, 0 deleted; relationships: {expected.Relationships.Count} created, 0 updated, 0 deleted; report version {report.Value["version"]}\n",
            first.Stdout.ReplaceLineEndings("\n"));
        Assert.Equal(0, second.ExitCode);
        Assert.Equal("no changes\n", second.Stdout.ReplaceLineEndings("\n"));
        Assert.Equal(expected.Nodes.Count, (long)report.Value["nodes"]!);
        Assert.Contains("handoff-one-sided", (string)report.Value["findings"]!, StringComparison.Ordinal);
        Assert.Matches(@"audit: \d+ findings", first.Stderr);
        Assert.Equal(expected.Nodes.Count, _server.Graph.Nodes.Count);
        Assert.Equal(expected.Relationships.Count, _server.Graph.Relationships.Count);
        Assert.All(_server.Requests, r => Assert.Equal("Basic " + Convert.ToBase64String(Encoding.UTF8.GetBytes("neo4j:s3cret")), r.Authorization));
        Assert.Contains("scope 'seed'", first.Stderr, StringComparison.Ordinal);
        Assert.DoesNotContain("s3cret", first.Stderr + first.Stdout, StringComparison.Ordinal);
    }

    [Fact]
    public void Ingest_ADocumentBreaks_WritesTheOthersAndKeepsItsEarlierFacts()
    {
        var docs = Directory.CreateTempSubdirectory("teamgraph-ingest-");
        try
        {
            CopyFolder(Path.Combine(TestPaths.RepoRoot, "seed"), docs.FullName);
            var first = CommandLineRun.Invoke("ingest", docs.FullName, "--neo4j", _server.Uri.ToString(), "--scope", "team");
            var qaFacts = QaFacts();

            // QA's card becomes binary garbage (an error); BE's card loses a skill (a real change).
            File.WriteAllBytes(Path.Combine(docs.FullName, "roles", "qa-engineer.md"), [0x00, 0x01, 0x02, 0x00, 0xFF]);
            var backend = Path.Combine(docs.FullName, "roles", "backend-developer.md");
            File.WriteAllText(backend, File.ReadAllText(backend).Replace("| Prisma |", "| Drizzle |", StringComparison.Ordinal));
            var second = CommandLineRun.Invoke("ingest", docs.FullName, "--neo4j", _server.Uri.ToString(), "--scope", "team");

            Assert.True(first.ExitCode == 0, first.Stderr);
            Assert.Equal(1, second.ExitCode);
            Assert.Contains("roles/qa-engineer.md", second.Stderr, StringComparison.Ordinal);
            Assert.Contains("the rest was written", second.Stderr, StringComparison.Ordinal);
            Assert.Contains(_server.Graph.Nodes.Values, n => Equals(n.Properties.GetValueOrDefault("name"), "Drizzle"));
            Assert.NotEmpty(qaFacts);
            Assert.All(qaFacts, key => Assert.True(_server.Graph.Relationships.ContainsKey(key), $"{key} was deleted"));
        }
        finally
        {
            docs.Delete(recursive: true);
        }
    }

    /// <summary>The relationships written from QA's card.</summary>
    private List<(string Type, string Id)> QaFacts() =>
        [.. _server.Graph.Relationships.Where(r => r.Value.Properties.GetValueOrDefault("source") is string source
            && source.StartsWith("roles/qa-engineer.md:", StringComparison.Ordinal)).Select(r => r.Key)];

    private static void CopyFolder(string from, string to)
    {
        foreach (var file in Directory.EnumerateFiles(from, "*", SearchOption.AllDirectories))
        {
            var target = Path.Combine(to, Path.GetRelativePath(from, file));
            Directory.CreateDirectory(Path.GetDirectoryName(target)!);
            File.Copy(file, target);
        }
    }

    [Fact]
    public async Task Ingest_Neo4jRefusesTheCredentials_ExitsOneWithNeo4jsCode()
    {
        await using var guarded = new FakeNeo4jServer(requiredAuthorization: "Basic other");

        var run = CommandLineRun.Invoke("ingest", CommandLineRun.AnyFolder, "--neo4j", guarded.Uri.ToString(), "--user", "neo4j", "--password-file", _passwordFile);

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
