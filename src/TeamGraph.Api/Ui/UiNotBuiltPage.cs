using System.Net;

namespace TeamGraph.Api.Ui;

/// <summary>The page shown at <c>/</c>, <c>/graphql</c> and <c>/explorer</c> when the UI assets were not built.</summary>
internal static class UiNotBuiltPage
{
    public const string Title = "The TeamGraph UI was not built";

    public static string Html(string page, string folder) => $$"""
        <!doctype html>
        <html lang="en">
        <head><meta charset="utf-8"><title>{{Title}}</title>
        <style>body { font-family: system-ui, sans-serif; max-width: 46rem; margin: 2rem auto; line-height: 1.5; }
        code, pre { background: #f3f4f6; padding: 0.1rem 0.3rem; border-radius: 4px; }</style></head>
        <body>
        <h1>{{Title}}</h1>
        <p>This page ({{WebUtility.HtmlEncode(page)}}) is bundled from npm packages into
        <code>{{WebUtility.HtmlEncode(folder)}}</code>, and that folder has no such file.</p>
        <p><code>dotnet build</code> builds it when Node.js and npm are on the PATH and
        <code>TEAMGRAPH_SKIP_UI_BUILD</code> is not <code>1</code>. To build it by hand:</p>
        <pre>cd src/TeamGraph.Api/ClientApp
        npm ci
        npm run build</pre>
        <p>then restart the API. The GraphQL endpoint works without it: <code>POST /graphql</code> with
        <code>{"query": "{ stats { roles } }"}</code>, or
        <a href="graphql?query=%7B%20stats%20%7B%20roles%20handoffs%20%7D%20%7D">GET /graphql?query=…</a>.</p>
        </body>
        </html>
        """;
}
