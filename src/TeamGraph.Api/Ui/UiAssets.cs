namespace TeamGraph.Api.Ui;

/// <summary>
/// The bundled GraphiQL and explorer pages in <c>wwwroot/ui</c>, built from <c>ClientApp</c> by the build; they may
/// be missing (npm absent, <c>TEAMGRAPH_SKIP_UI_BUILD=1</c>), and then each page explains how to build them.
/// </summary>
internal sealed class UiAssets(string folder)
{
    public const string RequestPath = "/ui";
    public const string GraphiQLPage = "graphiql.html";
    public const string ExplorerPage = "explorer.html";

    /// <summary>The folder the pages and their scripts are served from.</summary>
    public string Folder { get; } = folder;

    /// <summary>The assets under the content root's web root, where the build writes them.</summary>
    public static UiAssets In(IWebHostEnvironment environment) =>
        new(Path.Combine(environment.WebRootPath ?? Path.Combine(environment.ContentRootPath, "wwwroot"), "ui"));

    /// <summary>Answers with the page when it was built, or with <see cref="UiNotBuiltPage"/> (503) when it was not.</summary>
    public async Task WritePageAsync(HttpContext context, string page)
    {
        var response = context.Response;
        response.Headers.CacheControl = "no-cache";
        response.Headers.Vary = "Accept";
        response.ContentType = "text/html; charset=utf-8";
        var path = Path.Combine(Folder, page);
        if (File.Exists(path))
        {
            await response.SendFileAsync(path, context.RequestAborted).ConfigureAwait(false);
            return;
        }

        response.StatusCode = StatusCodes.Status503ServiceUnavailable;
        await response.WriteAsync(UiNotBuiltPage.Html(page, Folder), context.RequestAborted).ConfigureAwait(false);
    }
}
