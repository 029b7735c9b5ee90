using GraphQL;
using GraphQL.Types;
using Microsoft.AspNetCore.Diagnostics.HealthChecks;
using Microsoft.Extensions.Options;
using TeamGraph.Api.Http;
using TeamGraph.Api.Ui;
using TeamGraph.GraphQL.Serving;

namespace TeamGraph.Api.Hosting;

/// <summary>Loads the documents at start-up and maps the endpoints.</summary>
internal static class TeamGraphApplicationExtensions
{
    /// <summary>
    /// Ingests the configured folder into the embedded store, logging this and every later reload; fails when the folder
    /// cannot be read, since there is no last good graph to fall back on yet. With the Neo4j store the folder is still
    /// ingested for the audit, the documents and the diagnostics, and queries go to Neo4j; without the folder only the
    /// queries are served.
    /// </summary>
    public static WebApplication LoadTeamGraph(this WebApplication app)
    {
        var reloader = app.Services.GetRequiredService<TeamGraphReloader>();
        if (!Directory.Exists(reloader.Folder) && TeamGraphStore.Read(app.Services) == TeamGraphStore.Neo4j)
        {
            // Neo4j holds the graph; without the folder there is just no audit or document list to show.
            app.Services.GetRequiredService<TeamGraphState>().Serve(new ServedGraph(
                app.Services.GetRequiredService<Neo4j.Reader.Neo4jGraphReader>(), ServedGraph.Empty.Ingest, [], reloader.Folder,
                app.Services.GetRequiredService<TimeProvider>().GetUtcNow()));
            return app;
        }

        if (!Directory.Exists(reloader.Folder))
        {
            throw new InvalidOperationException(
                $"The docs folder {reloader.Folder} does not exist; set TeamGraph:DocsFolder (or TEAMGRAPH_DOCS) to a folder of Markdown documents.");
        }

        var logger = app.Services.GetRequiredService<ILogger<TeamGraphReloader>>();
        reloader.Reloaded += (_, report) => ReloadLog.Write(logger, reloader.Folder, report);
        var report = reloader.ReloadAsync().GetAwaiter().GetResult();
        return report.Succeeded ? app : throw new InvalidOperationException($"The docs folder {reloader.Folder} could not be loaded: {report.Message}", report.Exception);
    }

    /// <summary>
    /// Maps the GraphQL endpoint at <c>/graphql</c>, the printed schema at <c>/graphql/schema.graphql</c>, and health:
    /// <c>/health/live</c> (the process answers) and <c>/health/ready</c> (a graph is served), and the UI (GraphiQL, the explorer).
    /// </summary>
    public static WebApplication MapTeamGraph(this WebApplication app)
    {
        app.MapHealthChecks("/health/live", new HealthCheckOptions { Predicate = _ => false });
        app.MapHealthChecks("/health/ready", new HealthCheckOptions { Predicate = check => check.Tags.Contains(GraphLoadedHealthCheck.ReadyTag) });
        app.Map("/graphql", app.Services.GetRequiredService<GraphQLHttpEndpoint>().HandleAsync);
        app.MapGet("/graphql/schema.graphql", (ISchema schema, IOptions<TeamGraphOptions> options) => options.Value.Limits.EnableIntrospection
            ? Results.Text(schema.Print(), "application/graphql; charset=utf-8")
            : Results.NotFound());
        app.MapTeamGraphUi("/graphql");
        return app;
    }
}
