using DotNet.Testcontainers.Builders;
using DotNet.Testcontainers.Containers;
using TeamGraph.Core.Graph;
using TeamGraph.Core.Store;
using TeamGraph.Neo4j;
using TeamGraph.Neo4j.Client;
using TeamGraph.Neo4j.Writer;

namespace TeamGraph.Testing.Store;

/// <summary>
/// A real Neo4j for the contract tests: the one <c>NEO4J_URI</c> names (with the other <c>NEO4J_*</c> variables), else
/// a <c>neo4j:5.26.0-community</c> container started through Testcontainers. When neither is there the tests skip,
/// saying why. The database must hold nothing but what these tests write (scope <see cref="Scope"/>): the reader reads
/// the whole graph, so anything else would change its answers. The seed is written once per test run.
/// </summary>
public sealed class Neo4jServerFixture : IAsyncLifetime
{
    public const string Image = "neo4j:5.26.0-community";
    public const string Scope = "teamgraph-contract-tests";
    private const string Password = "teamgraph-contract";
    private readonly HttpClient _http = new();
    private IContainer? _container;

    /// <summary>Why the tests skip, or null when <see cref="Client"/> talks to a Neo4j holding the seed.</summary>
    public string? SkipReason { get; private set; }

    public Neo4jQueryClient? Client { get; private set; }

    /// <summary>Where the Neo4j came from, for test output.</summary>
    public string Origin { get; private set; } = "";

    /// <summary>Starts or finds Neo4j and writes <paramref name="graph"/> with <paramref name="report"/> into it, once.</summary>
    public async Task<Neo4jQueryClient> ClientWithAsync(PropertyGraph graph, GraphReport report, CancellationToken cancellationToken)
    {
        if (Client is null && SkipReason is null)
        {
            await ConnectAsync(cancellationToken);
            if (Client is not null)
            {
                await WriteAsync(Client, graph, report, cancellationToken);
            }
        }

        Assert.SkipWhen(SkipReason is not null, SkipReason ?? "");
        return Client!;
    }

    public ValueTask InitializeAsync() => ValueTask.CompletedTask;

    public async ValueTask DisposeAsync()
    {
        if (_container is not null)
        {
            await _container.DisposeAsync();
        }

        _http.Dispose();
    }

    private async Task ConnectAsync(CancellationToken cancellationToken)
    {
        if (Neo4jConfiguration.Read(Environment.GetEnvironmentVariable) is { } configured)
        {
            Client = new Neo4jQueryClient(_http, configured);
            Origin = $"{Neo4jConfiguration.UriVariable}: {configured}";
            return;
        }

        try
        {
            _container = new ContainerBuilder(Image)
                .WithEnvironment("NEO4J_AUTH", $"neo4j/{Password}")
                .WithPortBinding(7474, assignRandomHostPort: true)
                .WithWaitStrategy(Wait.ForUnixContainer().UntilHttpRequestIsSucceeded(request => request.ForPort(7474).ForPath("/")))
                .Build();
            await _container.StartAsync(cancellationToken);
        }
        catch (DockerUnavailableException exception)
        {
            SkipReason = $"No Neo4j to test against: {Neo4jConfiguration.UriVariable} is not set and no Docker engine answers ({exception.Message.Split('\n')[0]}).";
            return;
        }

        var uri = new Uri($"http://{_container.Hostname}:{_container.GetMappedPublicPort(7474)}");
        Client = new Neo4jQueryClient(_http, new Neo4jOptions { Uri = uri, User = "neo4j", Password = Password, MaxRetryAttempts = 8 });
        Origin = $"container {Image} at {uri}";
    }

    private async Task WriteAsync(Neo4jQueryClient client, PropertyGraph graph, GraphReport report, CancellationToken cancellationToken)
    {
        // The Query API may answer a moment after the HTTP port does; RETURN 1 is retried on connection failures.
        await client.RunAsync(Neo4jQuery.Ready, cancellationToken);
        var others = await client.RunAsync(
            new Neo4jQuery("MATCH (n) WHERE coalesce(n.ingestScope, n.scope) IS NULL OR coalesce(n.ingestScope, n.scope) <> $scope RETURN count(n) AS others",
                new Dictionary<string, object?>(StringComparer.Ordinal) { ["scope"] = Scope }),
            cancellationToken);
        if (others.Sum("others") > 0)
        {
            SkipReason = $"The Neo4j at {Origin} holds {others.Sum("others")} nodes these tests did not write; point {Neo4jConfiguration.UriVariable} at an empty database.";
            Client = null;
            return;
        }

        await new Neo4jGraphWriter(client).WriteAsync(graph, Scope, report: report, cancellationToken: cancellationToken);
    }
}
