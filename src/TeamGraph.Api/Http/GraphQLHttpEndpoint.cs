using GraphQL;
using GraphQL.Execution;
using GraphQL.Types;
using GraphQLParser;
using GraphQLParser.AST;
using GraphQLParser.Exceptions;
using Microsoft.Extensions.Options;
using TeamGraph.Api.Hosting;
using TeamGraph.Api.Http.Limits;
using TeamGraph.Api.Http.Logging;
using TeamGraph.GraphQL.Serving;

namespace TeamGraph.Api.Http;

/// <summary>
/// The GraphQL over HTTP endpoint: queries by GET or POST (<c>application/json</c>), answers as
/// <c>application/graphql-response+json</c> (4xx for requests that cannot run) or, when the client accepts only it,
/// <c>application/json</c> (200 for every well-formed request).
/// </summary>
internal sealed partial class GraphQLHttpEndpoint(
    IDocumentExecuter<ISchema> executer,
    IGraphQLSerializer serializer,
    TeamGraphState state,
    IServedGraphSource source,
    MutationAuthorization mutationAuthorization,
    IOptions<TeamGraphOptions> settings,
    TimeProvider time,
    ILogger<GraphQLHttpEndpoint> logger)
{
    private const int VersionAttempts = 3;
    private const string GraphChangingCode = "GRAPH_CHANGING";
    private const string GraphNotLoadedCode = "GRAPH_NOT_LOADED";

    private readonly GraphQLHttpRequestReader _reader = new(serializer);

    public async Task HandleAsync(HttpContext context)
    {
        var request = context.Request;
        var response = context.Response;
        if (!HttpMethods.IsGet(request.Method) && !HttpMethods.IsPost(request.Method))
        {
            response.Headers.Allow = "GET, POST";
            response.StatusCode = StatusCodes.Status405MethodNotAllowed;
            return;
        }

        var mediaType = GraphQLMediaTypes.Negotiate(request.GetTypedHeaders().Accept);
        if (mediaType is null)
        {
            response.StatusCode = StatusCodes.Status406NotAcceptable;
            return;
        }

        // One budget for the whole request (reading, parsing, validation, execution), ended early by the client leaving.
        var limits = settings.Value.Limits;
        using var budget = new CancellationTokenSource(limits.RequestTimeout, time);
        using var linked = CancellationTokenSource.CreateLinkedTokenSource(budget.Token, context.RequestAborted);
        try
        {
            await HandleAsync(context, mediaType, linked.Token).ConfigureAwait(false);
        }
        catch (OperationCanceledException) when (context.RequestAborted.IsCancellationRequested)
        {
            // The client has gone: nobody to answer.
        }
        catch (OperationCanceledException) when (budget.IsCancellationRequested && !response.HasStarted)
        {
            await WriteAsync(context, mediaType, StatusCodes.Status504GatewayTimeout, new ExecutionResult
            {
                Errors = [new ExecutionError($"The request took longer than {limits.RequestTimeout.TotalSeconds:0.###} s and was stopped.") { Code = LimitErrorCodes.Timeout }],
            }).ConfigureAwait(false);
        }
        catch (Exception exception) when (exception is not OperationCanceledException && !response.HasStarted)
        {
            // A bug rather than a bad request; still a GraphQL answer, never an empty 500 or a stack trace.
            LogUnexpected(logger, exception, context.TraceIdentifier);
            await WriteAsync(context, mediaType, StatusCodes.Status500InternalServerError, new ExecutionResult
            {
                Errors = [new ExecutionError($"An internal error occurred; quote request id {context.TraceIdentifier} when reporting it.") { Code = LimitErrorCodes.InternalError }],
            }).ConfigureAwait(false);
        }
    }

    private async Task HandleAsync(HttpContext context, string mediaType, CancellationToken cancellationToken)
    {
        var request = context.Request;
        var response = context.Response;
        GraphQLHttpRequest graphQLRequest;
        GraphQLDocument document;
        bool isMutation;
        try
        {
            graphQLRequest = await _reader.ReadAsync(request, settings.Value.Limits.MaxRequestBodyBytes, cancellationToken).ConfigureAwait(false);
            context.Features.Get<GraphQLOperationFeature>()?.OperationName = graphQLRequest.OperationName;
            document = Parse(graphQLRequest.Query);
            var operation = Operation(document, graphQLRequest.OperationName);
            context.Features.Get<GraphQLOperationFeature>()?.OperationName = graphQLRequest.OperationName ?? operation?.Name?.StringValue;
            if (HttpMethods.IsGet(request.Method) && operation is not null && operation.Operation != OperationType.Query)
            {
                response.Headers.Allow = "POST";
                throw new GraphQLRequestError(StatusCodes.Status405MethodNotAllowed, $"A {operation.Operation.ToString().ToLowerInvariant()} must be sent by POST.");
            }

            isMutation = operation?.Operation == OperationType.Mutation;
            if (isMutation)
            {
                mutationAuthorization.Demand(request);
            }
        }
        catch (GraphQLRequestError error)
        {
            var errorStatus = error.IsDocumentError && mediaType == GraphQLMediaTypes.Json ? StatusCodes.Status200OK : error.StatusCode;
            await WriteAsync(context, mediaType, errorStatus, new ExecutionResult { Errors = [new ExecutionError(error.Message) { Code = error.Code }] }).ConfigureAwait(false);
            return;
        }

        if (!isMutation && state.Current.Report.Version.Length == 0 && source.LastReload is { } lastRead)
        {
            // Nothing was ever loaded (Neo4j unreachable, or holding no ingest yet): an empty answer would read as "no
            // such role", so say why instead; the polling (or Mutation.reload) serves the graph once there is one.
            await WriteAsync(context, mediaType, StatusCodes.Status503ServiceUnavailable, new ExecutionResult
            {
                Errors = [new ExecutionError($"No graph is served yet. {lastRead.Message}") { Code = GraphNotLoadedCode }],
            }).ConfigureAwait(false);
            return;
        }

        var result = await ExecuteOnOneVersionAsync(context, graphQLRequest, document, checkVersion: !isMutation, cancellationToken).ConfigureAwait(false);
        var status = mediaType != GraphQLMediaTypes.GraphQLResponse || result.Executed ? StatusCodes.Status200OK
            : result.Errors?.Any(e => e is TimeoutError) == true ? StatusCodes.Status504GatewayTimeout
            : StatusCodes.Status400BadRequest;
        await WriteAsync(context, mediaType, status, result).ConfigureAwait(false);
    }

    /// <summary>
    /// Runs the request against the served graph, then checks that the store still holds the version it was served at:
    /// if an ingest landed in between (only a shared store such as Neo4j changes under a served graph; the embedded
    /// store answers from memory), some reads may have seen the new graph and some the old, so the source is reloaded
    /// and the request runs again. Every answer thus comes from one version. After <see cref="VersionAttempts"/> runs
    /// that each saw the graph change, the request fails with <c>GRAPH_CHANGING</c> rather than mix two versions. A
    /// mutation (a reload) is not checked: it changes what is served itself, and reads nothing of the graph.
    /// </summary>
    private async Task<ExecutionResult> ExecuteOnOneVersionAsync(
        HttpContext context, GraphQLHttpRequest request, GraphQLDocument document, bool checkVersion, CancellationToken cancellationToken)
    {
        for (var attempt = 1; ; attempt++)
        {
            var served = state.Current;
            var result = await executer.ExecuteAsync(options =>
            {
                options.Query = request.Query;
                options.Document = document;
                options.OperationName = request.OperationName;
                options.Variables = request.Variables;
                options.Extensions = request.Extensions;
                options.RequestServices = context.RequestServices;
                options.UserContext = ServedGraphUserContext.Pin(served);
                options.CancellationToken = cancellationToken;
            }).ConfigureAwait(false);
            if (!checkVersion || !result.Executed || await StillServesAsync(served, cancellationToken).ConfigureAwait(false))
            {
                return result;
            }

            if (attempt == VersionAttempts)
            {
                return new ExecutionResult
                {
                    Errors = [new ExecutionError($"The graph changed under each of {VersionAttempts} runs of this request (ingests are landing); try again.") { Code = GraphChangingCode }],
                };
            }

            await source.ReloadAsync(cancellationToken).ConfigureAwait(false);
        }
    }

    /// <summary>
    /// Whether the store still holds the version <paramref name="served"/> was pinned at. A store that cannot say (Neo4j
    /// gone since the reads) counts as unchanged: the reads that needed it carry their own errors.
    /// </summary>
    private static async Task<bool> StillServesAsync(ServedGraph served, CancellationToken cancellationToken)
    {
        try
        {
            return await served.Reader.GetVersionAsync(cancellationToken).ConfigureAwait(false) == served.Report.Version;
        }
        catch (Exception exception) when (exception is not OperationCanceledException)
        {
            return true;
        }
    }

    private static GraphQLDocument Parse(string query)
    {
        try
        {
            return Parser.Parse(query);
        }
        catch (GraphQLMaxDepthExceededException exception)
        {
            throw new GraphQLRequestError("The query nests deeper than the parser accepts; nest it less.", exception)
            {
                IsDocumentError = true,
                Code = LimitErrorCodes.NestedTooDeep,
            };
        }
        catch (GraphQLParserException exception)
        {
            throw new GraphQLRequestError($"The query does not parse: {exception.Message}", exception) { IsDocumentError = true };
        }
    }

    private static GraphQLOperationDefinition? Operation(GraphQLDocument document, string? operationName)
    {
        var operations = document.Definitions.OfType<GraphQLOperationDefinition>().ToList();
        return operationName is null
            ? operations.Count == 1 ? operations[0] : null
            : operations.FirstOrDefault(o => o.Name?.StringValue == operationName);
    }

    private async Task WriteAsync(HttpContext context, string mediaType, int status, ExecutionResult result)
    {
        context.Response.StatusCode = status;
        context.Response.ContentType = $"{mediaType}; charset=utf-8";
        await serializer.WriteAsync(context.Response.Body, result, context.RequestAborted).ConfigureAwait(false);
    }

    [LoggerMessage(Level = LogLevel.Error, Message = "The GraphQL endpoint failed unexpectedly (request {RequestId})")]
    private static partial void LogUnexpected(ILogger logger, Exception exception, string requestId);
}
