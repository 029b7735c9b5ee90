using GraphQL;
using GraphQL.Execution;
using GraphQL.Types;
using GraphQLParser.AST;
using Microsoft.Extensions.Options;
using TeamGraph.Api.Hosting;
using TeamGraph.Api.Http.Documents;
using TeamGraph.Api.Http.Limits;
using TeamGraph.Api.Http.Logging;
using TeamGraph.GraphQL.Serving;

namespace TeamGraph.Api.Http;

/// <summary>
/// The GraphQL over HTTP endpoint: queries by GET or POST (<c>application/json</c>), answers as
/// <c>application/graphql-response+json</c> (4xx for requests that cannot run) or, when the client accepts only it,
/// <c>application/json</c> (200 for every well-formed request). A client that accepts <c>text/event-stream</c> gets
/// GraphQL over Server-Sent Events (graphql-sse's distinct connections mode): a subscription streams, any other
/// operation is one <c>next</c> event then <c>complete</c>, and errors of the document (parsing, validation, limits of
/// the query) are a <c>next</c> event too, as that protocol requires; refusals of the HTTP request itself (body,
/// media type, key, query and subscription slots) stay HTTP errors. A subscription is refused unless the client
/// accepts the event stream.
/// </summary>
internal sealed partial class GraphQLHttpEndpoint(
    IDocumentExecuter<ISchema> executer,
    IGraphQLSerializer serializer,
    ValidatedDocumentCache documents,
    TeamGraphState state,
    IServedGraphSource source,
    MutationAuthorization mutationAuthorization,
    SubscriptionSlots subscriptionSlots,
    QuerySlots querySlots,
    SubscriptionStreamer subscriptionStreamer,
    IOptions<TeamGraphOptions> settings,
    TimeProvider time,
    ILogger<GraphQLHttpEndpoint> logger)
{
    private const int VersionAttempts = 3;
    private const string GraphChangingCode = "GRAPH_CHANGING";
    private const string GraphNotLoadedCode = "GRAPH_NOT_LOADED";
    private const string EventStreamRequiredCode = "EVENT_STREAM_REQUIRED";

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
        OperationType? operationType;
        try
        {
            graphQLRequest = await _reader.ReadAsync(request, settings.Value.Limits.MaxRequestBodyBytes, cancellationToken).ConfigureAwait(false);
            context.Features.Get<GraphQLOperationFeature>()?.OperationName = graphQLRequest.OperationName;
            document = documents.Parse(graphQLRequest.Query);
            var operation = Operation(document, graphQLRequest.OperationName);
            context.Features.Get<GraphQLOperationFeature>()?.OperationName = graphQLRequest.OperationName ?? operation?.Name?.StringValue;
            operationType = operation?.Operation;
            if (HttpMethods.IsGet(request.Method) && operationType == OperationType.Mutation)
            {
                response.Headers.Allow = "POST";
                throw new GraphQLRequestError(StatusCodes.Status405MethodNotAllowed, "A mutation must be sent by POST.");
            }

            if (operationType == OperationType.Subscription && mediaType != GraphQLMediaTypes.EventStream)
            {
                throw new GraphQLRequestError(
                    "A subscription is answered as a stream of Server-Sent Events: send it with the header 'Accept: text/event-stream' (GraphQL over SSE, distinct connections mode).")
                {
                    IsDocumentError = true,
                    Code = EventStreamRequiredCode,
                };
            }

            if (operationType == OperationType.Mutation)
            {
                mutationAuthorization.Demand(request);
            }
        }
        catch (GraphQLRequestError error)
        {
            await WriteAsync(context, mediaType, error, cancellationToken).ConfigureAwait(false);
            return;
        }

        var isMutation = operationType == OperationType.Mutation;
        if (operationType is not (OperationType.Mutation or OperationType.Subscription) && state.Current.Report.Version.Length == 0 && source.LastReload is { } lastRead)
        {
            // Nothing was ever loaded (Neo4j unreachable, or holding no ingest yet): an empty answer would read as "no
            // such role", so say why instead; the polling (or Mutation.reload) serves the graph once there is one. A
            // subscription reads no graph: it may wait for the first one.
            await WriteAsync(context, mediaType, StatusCodes.Status503ServiceUnavailable, new ExecutionResult
            {
                Errors = [new ExecutionError($"No graph is served yet. {lastRead.Message}") { Code = GraphNotLoadedCode }],
            }).ConfigureAwait(false);
            return;
        }

        if (operationType == OperationType.Subscription)
        {
            await SubscribeAsync(context, graphQLRequest, document, cancellationToken).ConfigureAwait(false);
            return;
        }

        IDisposable slot;
        try
        {
            slot = await querySlots.TakeAsync(response, cancellationToken).ConfigureAwait(false);
        }
        catch (GraphQLRequestError error)
        {
            await WriteAsync(context, mediaType, error, cancellationToken).ConfigureAwait(false);
            return;
        }

        using (slot)
        {
            await ExecuteAndWriteAsync(context, mediaType, graphQLRequest, document, isMutation, cancellationToken).ConfigureAwait(false);
        }
    }

    private async Task ExecuteAndWriteAsync(
        HttpContext context, string mediaType, GraphQLHttpRequest graphQLRequest, GraphQLDocument document, bool isMutation, CancellationToken cancellationToken)
    {
        var result = await ExecuteOnOneVersionAsync(context, graphQLRequest, document, checkVersion: !isMutation, cancellationToken).ConfigureAwait(false);
        if (mediaType == GraphQLMediaTypes.EventStream)
        {
            await new ServerSentEventWriter(context, serializer).WriteSingleAsync(result, cancellationToken).ConfigureAwait(false);
            return;
        }

        var status = mediaType != GraphQLMediaTypes.GraphQLResponse || result.Executed ? StatusCodes.Status200OK
            : result.Errors?.Any(e => e is TimeoutError) == true ? StatusCodes.Status504GatewayTimeout
            : StatusCodes.Status400BadRequest;
        await WriteAsync(context, mediaType, status, result).ConfigureAwait(false);
    }

    /// <summary>Runs <paramref name="document"/> against <paramref name="served"/>, the one graph version the whole request reads.</summary>
    private Task<ExecutionResult> ExecuteAsync(
        HttpContext context, GraphQLHttpRequest request, GraphQLDocument document, ServedGraph served, CancellationToken cancellationToken) =>
        executer.ExecuteAsync(options =>
        {
            options.Query = request.Query;
            options.Document = document;
            options.OperationName = request.OperationName;
            options.Variables = request.Variables;
            options.Extensions = request.Extensions;
            options.RequestServices = context.RequestServices;
            options.UserContext = ServedGraphUserContext.Pin(served);
            options.CancellationToken = cancellationToken;
        });

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
            var result = await ExecuteAsync(context, request, document, served, cancellationToken).ConfigureAwait(false);
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

    private static GraphQLOperationDefinition? Operation(GraphQLDocument document, string? operationName)
    {
        GraphQLOperationDefinition? only = null;
        var operations = 0;
        foreach (var definition in document.Definitions)
        {
            if (definition is GraphQLOperationDefinition operation)
            {
                if (operationName is not null && operation.Name == operationName)
                {
                    return operation;
                }

                only = operation;
                operations++;
            }
        }

        return operationName is null && operations == 1 ? only : null;
    }

    /// <summary>
    /// Subscribes within <paramref name="cancellationToken"/> (the request's budget), holding a slot from before the
    /// subscription is executed to the end of its stream, then streams past that budget (see <see cref="SubscriptionStreamer"/>).
    /// A document that cannot subscribe (validation, limits) is answered as one <c>next</c> event with its errors.
    /// </summary>
    private async Task SubscribeAsync(HttpContext context, GraphQLHttpRequest request, GraphQLDocument document, CancellationToken cancellationToken)
    {
        IDisposable slot;
        try
        {
            slot = subscriptionSlots.Take(context.Connection.RemoteIpAddress);
        }
        catch (GraphQLRequestError error)
        {
            await WriteAsync(context, GraphQLMediaTypes.EventStream, error, cancellationToken).ConfigureAwait(false);
            return;
        }

        ExecutionResult result;
        using (slot)
        {
            result = await ExecuteAsync(context, request, document, state.Current, cancellationToken).ConfigureAwait(false);
            if (result.Streams is { Count: 1 } streams)
            {
                await subscriptionStreamer.StreamAsync(context, new ServerSentEventWriter(context, serializer), streams.Values.Single()).ConfigureAwait(false);
                return;
            }
        }

        // No stream (validation, limits): the slot is back before the answer is written, so a client that has read the
        // end of the answer can subscribe again at once.
        await new ServerSentEventWriter(context, serializer).WriteSingleAsync(result, cancellationToken).ConfigureAwait(false);
    }

    /// <summary>
    /// A refused request: its status, except that a document error is a 200 under <c>application/json</c> and a
    /// <c>next</c> event in an event stream.
    /// </summary>
    private async Task WriteAsync(HttpContext context, string mediaType, GraphQLRequestError error, CancellationToken cancellationToken)
    {
        var result = new ExecutionResult { Errors = [new ExecutionError(error.Message) { Code = error.Code }] };
        if (error.IsDocumentError && mediaType == GraphQLMediaTypes.EventStream)
        {
            await new ServerSentEventWriter(context, serializer).WriteSingleAsync(result, cancellationToken).ConfigureAwait(false);
            return;
        }

        var status = error.IsDocumentError && mediaType == GraphQLMediaTypes.Json ? StatusCodes.Status200OK : error.StatusCode;
        await WriteAsync(context, mediaType, status, result).ConfigureAwait(false);
    }

    private async Task WriteAsync(HttpContext context, string mediaType, int status, ExecutionResult result)
    {
        context.Response.StatusCode = status;
        context.Response.ContentType = $"{GraphQLMediaTypes.ForErrors(mediaType)}; charset=utf-8";
        await serializer.WriteAsync(context.Response.Body, result, context.RequestAborted).ConfigureAwait(false);
    }

    [LoggerMessage(Level = LogLevel.Error, Message = "The GraphQL endpoint failed unexpectedly (request {RequestId})")]
    private static partial void LogUnexpected(ILogger logger, Exception exception, string requestId);
}
