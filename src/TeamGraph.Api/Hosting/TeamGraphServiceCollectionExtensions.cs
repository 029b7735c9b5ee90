using GraphQL;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;
using TeamGraph.Api.Http;
using TeamGraph.Core.Ingestion;
using TeamGraph.GraphQL;
using TeamGraph.GraphQL.Serving;

namespace TeamGraph.Api.Hosting;

/// <summary>Registers the store, the options and the GraphQL schema.</summary>
internal static class TeamGraphServiceCollectionExtensions
{
    /// <summary>The URL served when none is configured (<c>ASPNETCORE_URLS</c>, <c>--urls</c>, <c>Urls</c>).</summary>
    public const string DefaultUrl = "http://localhost:5080";

    /// <summary>Listens on <see cref="DefaultUrl"/> unless the configuration names URLs.</summary>
    public static WebApplicationBuilder UseDefaultTeamGraphUrls(this WebApplicationBuilder builder)
    {
        if (string.IsNullOrWhiteSpace(builder.Configuration[WebHostDefaults.ServerUrlsKey]))
        {
            builder.WebHost.UseUrls(DefaultUrl);
        }

        return builder;
    }

    /// <summary>
    /// Adds the options, the served-graph state and its source (the docs folder's reloader and watcher, or the Neo4j
    /// store's follower and its polling), and the GraphQL services.
    /// </summary>
    public static IServiceCollection AddTeamGraph(this IServiceCollection services, IHostEnvironment environment)
    {
        services.AddOptions<TeamGraphOptions>()
            .BindConfiguration(TeamGraphOptions.SectionName)
            // TEAMGRAPH_ variables lose their prefix and land at the root (TEAMGRAPH_WatchDocs, TEAMGRAPH_Limits__MaxDepth),
            // as do switches (--WatchDocs false): bound after the section, so they win over appsettings.json.
            .Configure<IConfiguration>((options, configuration) => configuration.Bind(options))
            .PostConfigure<IConfiguration>((options, configuration) =>
            {
                options.ApiKey ??= configuration["API_KEY"];
                options.DocsFolder = DocsFolderLocator.Locate(options.DocsFolder ?? configuration["DOCS"], environment.ContentRootPath, Directory.GetCurrentDirectory());
            });
        services.AddTeamGraphLimits();
        services.AddGraphQL(graphQL => graphQL.AddTeamGraphSchema().AddTeamGraphLimits(environment).UseTeamGraphTelemetry());
        services.AddSingleton<GraphQLHttpEndpoint>();
        services.AddSingleton<SubscriptionStreamer>();
        services.AddSingleton<MutationAuthorization>();
        services.TryAddSingleton(TimeProvider.System);
        services.AddTeamGraphStores();
        services.AddOptions<TeamGraphOptions>()
            .Validate(options => options.DocumentBudget > TimeSpan.Zero && options.ReloadTimeout > TimeSpan.Zero && options.StorePollInterval > TimeSpan.Zero,
                "TeamGraph:DocumentBudget, TeamGraph:ReloadTimeout and TeamGraph:StorePollInterval must be positive.")
            .Validate(options => options.IdleTrimAfter >= TimeSpan.Zero, "TeamGraph:IdleTrimAfter must be zero (off) or positive.")
            .Validate(options => SourceLinks.Problem(options.SourceLinkTemplate) is null,
                $"TeamGraph:SourceLinkTemplate must be {SourceLinks.Requirement}.")
            .ValidateOnStart();
        services.AddSingleton(provider => SourceLinks.From(provider.GetRequiredService<IOptions<TeamGraphOptions>>().Value.SourceLinkTemplate));
        services.AddSingleton(provider => new TeamGraphReloader(
            provider.GetRequiredService<TeamGraphState>(), provider.GetRequiredService<IOptions<TeamGraphOptions>>().Value.DocsFolder!, provider.GetRequiredService<TimeProvider>(),
            options: ReloadOptionsOf(provider.GetRequiredService<IOptions<TeamGraphOptions>>().Value)));
        services.AddSingleton(TeamGraphStore.SourceOf);
        services.AddHostedService<DocsFolderWatcher>();
        services.AddHostedService<StorePolling>();
        services.AddHostedService<IdleMemoryTrimmer>();
        services.AddHealthChecks().AddCheck<GraphLoadedHealthCheck>("graph", tags: [GraphLoadedHealthCheck.ReadyTag]);
        return services;
    }

    // A file modified within the debounce is taken to be still being written, and read again after it.
    private static ReloadOptions ReloadOptionsOf(TeamGraphOptions options) => new()
    {
        Timeout = options.ReloadTimeout,
        Ingestion = new IngestionOptions { DocumentBudget = options.DocumentBudget, SettleTime = options.ReloadDebounce },
    };
}
