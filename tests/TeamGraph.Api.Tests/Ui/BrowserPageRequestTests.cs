using Microsoft.AspNetCore.Http;
using TeamGraph.Api.Ui;

namespace TeamGraph.Api.Tests.Ui;

public sealed class BrowserPageRequestTests
{
    private const string Chrome = "text/html,application/xhtml+xml,application/xml;q=0.9,image/avif,image/webp,*/*;q=0.8";

    [Theory]
    [InlineData("GET", Chrome, "", true)]
    [InlineData("HEAD", Chrome, "", true)]
    [InlineData("GET", "text/html", "?operationName=x", true)]
    [InlineData("GET", "text/html, application/json;q=0.5", "", true)]
    [InlineData("GET", Chrome, "?query=%7B__typename%7D", false)]
    [InlineData("POST", Chrome, "", false)]
    [InlineData("GET", "", "", false)]
    [InlineData("GET", "*/*", "", false)]
    [InlineData("GET", "application/graphql-response+json", "", false)]
    [InlineData("GET", "text/html, application/json", "", false)]
    [InlineData("GET", "application/json, text/html;q=0.9", "", false)]
    [InlineData("GET", "text/html;q=0", "", false)]
    public void Wants_TellsABrowserNavigationFromAGraphQLRequest(string method, string accept, string query, bool expected)
    {
        var context = new DefaultHttpContext();
        context.Request.Method = method;
        context.Request.QueryString = new QueryString(query);
        if (accept.Length > 0)
        {
            context.Request.Headers.Accept = accept;
        }

        Assert.Equal(expected, BrowserPageRequest.Wants(context.Request));
    }
}
