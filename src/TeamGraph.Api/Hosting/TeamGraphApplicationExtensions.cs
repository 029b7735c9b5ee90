using GraphQL;
using GraphQL.Types;
using Microsoft.AspNetCore.Diagnostics.HealthChecks;
using Microsoft.Extensions.Diagnostics.HealthChecks;
using Microsoft.Extensions.Options;
using TeamGraph.Api.Http;
using TeamGraph.Api.Ui;
using TeamGraph.GraphQL.Serving;

namespace TeamGraph.Api.Hosting;

/// <summary>Loads the documents at start-up and maps the endpoints.</summary>
internal static partial class TeamGraphApplicationExtensions
{
    /// <summary>
    /// Loads what is served, logging this and every later reload. With the embedded store that is the configured docs
    /// folder: whatever the documents hold, the API starts and serves what loaded (<c>/health/ready</c> says Degraded
    /// when something did not); a missing or unreadable folder is one log line naming its absolute path, and false: the
    /// caller exits with code 1, since there is no graph to serve. With the Neo4j store no folder is read: the graph,
    /// audit and counts <c>teamgraph ingest</c> wrote are read from Neo4j, and a Neo4j that does not answer yet only
    /// delays readiness (the polling tries again).
    /// </summary>
    public static bool LoadTeamGraph(this WebApplication app)
    {
        app.Services.StartTeamGraphTelemetry();
        var source = app.Services.GetRequiredService<IServedGraphSource>();
        var logger = app.Services.GetRequiredService<ILogger<TeamGraphReloader>>();
        source.Reloaded += (_, report) => ReloadLog.Write(logger, source.Description, report);
        if (source is TeamGraphReloader reloader)
        {
            reloader.Audited += (_, report) => ReloadLog.Write(logger, report);
            if (UnreadableBecause(reloader.Folder) is { } reason)
            {
                LogDocsFolderUnavailable(logger, reloader.Folder, reason);
                return false;
            }
        }

        source.ReloadAsync().GetAwaiter().GetResult();
        return true;
    }

    /// <summary>
    /// Maps the GraphQL endpoint at <c>/graphql</c>, the printed schema at <c>/graphql/schema.graphql</c>, and health:
    /// <c>/health/live</c> (the process answers) and <c>/health/ready</c> (a graph is served), and the UI (GraphiQL, the explorer).
    /// </summary>
    public static WebApplication MapTeamGraph(this WebApplication app)
    {
        app.MapHealthChecks("/health/live", new HealthCheckOptions { Predicate = _ => false });
        app.MapHealthChecks("/health/ready", new HealthCheckOptions
        {
            Predicate = check => check.Tags.Contains(GraphLoadedHealthCheck.ReadyTag),
            ResponseWriter = WriteReadinessAsync,
        });
        app.Map("/graphql", app.Services.GetRequiredService<GraphQLHttpEndpoint>().HandleAsync);
        app.MapGet("/graphql/schema.graphql", (ISchema schema, IOptions<TeamGraphOptions> options) => options.Value.Limits.EnableIntrospection
            ? Results.Text(schema.Print(), "application/graphql; charset=utf-8")
            : Results.NotFound());
        app.MapTeamGraphUi("/graphql");
        return app;
    }

    private static string? UnreadableBecause(string folder)
    {
        if (!Directory.Exists(folder))
        {
            return File.Exists(folder) ? "it is a file, not a folder" : "it does not exist";
        }

        try
        {
            using var entries = Directory.EnumerateFileSystemEntries(folder).GetEnumerator();
            entries.MoveNext();
            return null;
        }
        catch (Exception exception) when (exception is IOException or UnauthorizedAccessException)
        {
            return $"it cannot be read ({exception.Message})";
        }
    }

    [LoggerMessage(Level = LogLevel.Critical,
        Message = "The docs folder {Folder} cannot be served: {Reason}. Set TeamGraph:DocsFolder (TEAMGRAPH_DOCS, --DocsFolder) to a readable folder of Markdown documents.")]
    private static partial void LogDocsFolderUnavailable(ILogger logger, string folder, string reason);

    /// <summary>"Healthy", or the status and why: "Degraded: 2 error diagnostics in the served documents …".</summary>
    private static Task WriteReadinessAsync(HttpContext context, HealthReport report)
    {
        context.Response.ContentType = "text/plain; charset=utf-8";
        var reasons = report.Entries.Values.Where(e => e.Status != HealthStatus.Healthy && !string.IsNullOrEmpty(e.Description)).Select(e => e.Description);
        var text = report.Status == HealthStatus.Healthy ? report.Status.ToString() : $"{report.Status}: {string.Join(" ", reasons)}".TrimEnd(' ', ':');
        return context.Response.WriteAsync(text, context.RequestAborted);
    }
}
