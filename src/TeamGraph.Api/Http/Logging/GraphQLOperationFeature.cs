namespace TeamGraph.Api.Http.Logging;

/// <summary>What the GraphQL endpoint learnt about a request, for its log line: the operation's name.</summary>
internal sealed class GraphQLOperationFeature
{
    /// <summary>The operation run (the request's <c>operationName</c>, else the document's only operation's name), if named.</summary>
    public string? OperationName { get; set; }
}
