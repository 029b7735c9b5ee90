using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;
using TeamGraph.GraphQL.Serving;
using TeamGraph.Neo4j;
using TeamGraph.Neo4j.Client;
using TeamGraph.Neo4j.Reader;

namespace TeamGraph.Api.Hosting;

/// <summary>
/// Which store answers queries: <c>embedded</c> (the docs folder ingested in memory; the default) or <c>neo4j</c> (the
/// graph, audit and counts <c>teamgraph ingest</c> wrote, read through <see cref="Neo4jGraphReader"/>, reached with the
/// <c>NEO4J_*</c> variables; no docs folder is read). Chosen by <c>TeamGraph:Store</c> or <c>TEAMGRAPH_STORE</c>; anything else stops the start with a message.
/// </summary>
internal static class TeamGraphStore
{
    public const string Embedded = "embedded";
    public const string Neo4j = "neo4j";

    /// <summary>The configured store (<see cref="TeamGraphOptions.Store"/>), lower-cased; throws with a clear message for an unknown one.</summary>
    public static string Read(IServiceProvider services)
    {
        var configured = services.GetRequiredService<IOptions<TeamGraphOptions>>().Value.Store;
        var store = string.IsNullOrWhiteSpace(configured) ? Embedded : configured.Trim().ToLowerInvariant();
        return store is Embedded or Neo4j
            ? store
            : throw new InvalidOperationException($"TeamGraph:Store (TEAMGRAPH_STORE) is '{configured}'; it must be '{Embedded}' or '{Neo4j}'.");
    }

    /// <summary>
    /// The Neo4j client and reader, built on first use (only the <c>neo4j</c> store uses them), so a missing or unusable
    /// <c>NEO4J_URI</c> stops the start with a message saying what to set.
    /// </summary>
    public static IServiceCollection AddTeamGraphStores(this IServiceCollection services)
    {
        services.AddHttpClient(Neo4j);
        services.TryAddSingleton(provider => ReadNeo4jOptions(provider.GetRequiredService<IConfiguration>()));
        services.TryAddSingleton(provider => new Neo4jQueryClient(
            provider.GetRequiredService<IHttpClientFactory>().CreateClient(Neo4j), provider.GetRequiredService<Neo4jOptions>(),
            provider.GetRequiredService<TimeProvider>()));
        services.TryAddSingleton(provider => new Neo4jGraphReader(provider.GetRequiredService<Neo4jQueryClient>()));
        services.AddHealthChecks().AddCheck<Neo4jReadyHealthCheck>(Neo4j, tags: [GraphLoadedHealthCheck.ReadyTag]);
        return services;
    }

    /// <summary>
    /// Where the served graph comes from: the docs folder's <see cref="TeamGraphReloader"/> (embedded), or a
    /// <see cref="StoreFollower"/> of what <c>teamgraph ingest</c> wrote into Neo4j, which needs no folder.
    /// </summary>
    public static IServedGraphSource SourceOf(IServiceProvider provider) => Read(provider) == Neo4j
        ? new StoreFollower(
            provider.GetRequiredService<TeamGraphState>(), provider.GetRequiredService<Neo4jGraphReader>(),
            provider.GetRequiredService<Neo4jQueryClient>().Options.ToString(), provider.GetRequiredService<TimeProvider>())
        : provider.GetRequiredService<TeamGraphReloader>();

    private static Neo4jOptions ReadNeo4jOptions(IConfiguration configuration)
    {
        try
        {
            return Neo4jConfiguration.Read(key => configuration[key])
                ?? throw new InvalidOperationException(
                    $"TEAMGRAPH_STORE=neo4j needs {Neo4jConfiguration.UriVariable} (Neo4j's HTTP address, e.g. http://localhost:7474), and "
                    + $"{Neo4jConfiguration.UserVariable} with {Neo4jConfiguration.PasswordFileVariable} or {Neo4jConfiguration.PasswordVariable} when Neo4j requires a login.");
        }
        catch (Exception exception) when (exception is ArgumentException or IOException or UnauthorizedAccessException)
        {
            throw new InvalidOperationException($"TEAMGRAPH_STORE=neo4j: {exception.Message}", exception);
        }
    }
}
