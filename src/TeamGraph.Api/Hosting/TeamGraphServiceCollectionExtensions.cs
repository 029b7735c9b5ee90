using GraphQL;
using TeamGraph.Api.Http;
using TeamGraph.GraphQL;

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

    /// <summary>Adds the options, the served-graph state and the GraphQL services.</summary>
    public static IServiceCollection AddTeamGraph(this IServiceCollection services, IHostEnvironment environment)
    {
        services.AddOptions<TeamGraphOptions>()
            .BindConfiguration(TeamGraphOptions.SectionName)
            .PostConfigure<IConfiguration>((options, configuration) =>
            {
                options.DocsFolder = DocsFolderLocator.Locate(options.DocsFolder ?? configuration["DOCS"], environment.ContentRootPath, Directory.GetCurrentDirectory());
            });
        services.AddTeamGraphLimits();
        services.AddGraphQL(graphQL => graphQL.AddTeamGraphSchema().AddTeamGraphLimits(environment));
        services.AddSingleton<GraphQLHttpEndpoint>();
        services.AddHealthChecks().AddCheck<GraphLoadedHealthCheck>("graph", tags: [GraphLoadedHealthCheck.ReadyTag]);
        return services;
    }
}
