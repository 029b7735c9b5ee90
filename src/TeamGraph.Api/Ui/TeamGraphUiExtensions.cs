using Microsoft.Extensions.FileProviders;

namespace TeamGraph.Api.Ui;

/// <summary>Maps GraphiQL (at <c>/</c> and, for browsers, <c>/graphql</c>), the explorer and their assets.</summary>
internal static class TeamGraphUiExtensions
{
    /// <summary>
    /// Serves <c>/ui/*</c> from the built assets, <c>/ui/examples.json</c> from the embedded examples, GraphiQL at
    /// <c>/</c> and to a browser opening <c>/graphql</c>, and the explorer at <c>/explorer</c>.
    /// </summary>
    public static WebApplication MapTeamGraphUi(this WebApplication app, string graphQLPath)
    {
        var assets = UiAssets.In(app.Environment);
        if (Directory.Exists(assets.Folder))
        {
            app.UseStaticFiles(new StaticFileOptions
            {
                FileProvider = new PhysicalFileProvider(assets.Folder),
                RequestPath = UiAssets.RequestPath,
            });
        }

        // Routing picked the GraphQL endpoint already; a browser's navigation gets the page before that endpoint runs.
        app.Use((context, next) =>
            context.Request.Path.Equals(graphQLPath, StringComparison.OrdinalIgnoreCase) && BrowserPageRequest.Wants(context.Request)
                ? assets.WritePageAsync(context, UiAssets.GraphiQLPage)
                : next(context));

        app.MapGet("/", context => assets.WritePageAsync(context, UiAssets.GraphiQLPage));
        app.MapGet("/explorer", context => assets.WritePageAsync(context, UiAssets.ExplorerPage));
        app.MapGet($"{UiAssets.RequestPath}/examples.json", () => Results.Json(ExampleQueries.All));
        return app;
    }
}
