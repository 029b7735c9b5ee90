using GraphQL;
using GraphQL.Types;
using Microsoft.AspNetCore.Diagnostics.HealthChecks;
using Microsoft.Extensions.Options;
using TeamGraph.Api.Http;
using TeamGraph.Api.Ui;
using TeamGraph.Core.Diagnostics;
using TeamGraph.Core.Ingestion;
using TeamGraph.GraphQL.Serving;

namespace TeamGraph.Api.Hosting;

/// <summary>Loads the documents at start-up and maps the endpoints.</summary>
internal static partial class TeamGraphApplicationExtensions
{
    /// <summary>Ingests the configured folder into the embedded store and logs a one-line summary.</summary>
    public static WebApplication LoadTeamGraph(this WebApplication app)
    {
        var folder = app.Services.GetRequiredService<IOptions<TeamGraphOptions>>().Value.DocsFolder!;
        if (!Directory.Exists(folder))
        {
            throw new InvalidOperationException(
                $"The docs folder {folder} does not exist; set TeamGraph:DocsFolder (or TEAMGRAPH_DOCS) to a folder of Markdown documents.");
        }

        var ingest = new FolderIngester().Ingest(folder);
        app.Services.GetRequiredService<TeamGraphState>().Serve(ServedGraph.Embedded(ingest, folder, DateTimeOffset.UtcNow));
        var errors = ingest.Diagnostics.Count(d => d.Severity == DiagnosticSeverity.Error);
        var warnings = ingest.Diagnostics.Count(d => d.Severity == DiagnosticSeverity.Warning);
        LogIngested(app.Logger, folder, ingest.DocumentCount, ingest.Graph.Nodes.Count, ingest.Graph.Relationships.Count, errors, warnings);
        return app;
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
        app.MapGet("/graphql/schema.graphql", (ISchema schema) => Results.Text(schema.Print(), "application/graphql; charset=utf-8"));
        app.MapTeamGraphUi("/graphql");
        return app;
    }

    [LoggerMessage(Level = LogLevel.Information,
        Message = "Serving {Folder}: {Documents} documents, {Nodes} nodes, {Relationships} relationships; {Errors} errors, {Warnings} warnings")]
    private static partial void LogIngested(ILogger logger, string folder, int documents, int nodes, int relationships, int errors, int warnings);
}
