namespace TeamGraph.Api.Ui;

/// <summary>Tells a browser navigating to <c>/graphql</c> (which gets GraphiQL) from a GraphQL client.</summary>
internal static class BrowserPageRequest
{
    private static readonly string[] GraphQLTypes = ["application/json", "application/graphql-response+json"];

    /// <summary>
    /// True for a GET or HEAD without a <c>query</c> parameter (a GET with one is a GraphQL request, whatever it
    /// accepts) whose <c>Accept</c> names <c>text/html</c> above any GraphQL response type it names.
    /// </summary>
    public static bool Wants(HttpRequest request)
    {
        if (!(HttpMethods.IsGet(request.Method) || HttpMethods.IsHead(request.Method)) || request.Query.ContainsKey("query"))
        {
            return false;
        }

        var html = 0.0;
        var graphQL = 0.0;
        foreach (var type in request.GetTypedHeaders().Accept)
        {
            var quality = type.Quality ?? 1.0;
            var name = type.MediaType.Value;
            if (string.Equals(name, "text/html", StringComparison.OrdinalIgnoreCase))
            {
                html = Math.Max(html, quality);
            }
            else if (GraphQLTypes.Contains(name, StringComparer.OrdinalIgnoreCase))
            {
                graphQL = Math.Max(graphQL, quality);
            }
        }

        return html > 0 && html > graphQL;
    }
}
