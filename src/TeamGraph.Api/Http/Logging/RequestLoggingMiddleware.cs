namespace TeamGraph.Api.Http.Logging;

/// <summary>
/// Gives every request an id (echoed as <c>X-Request-Id</c>) and, when the <see cref="Category"/> category logs at
/// Information (it is at Warning by default), logs one line when the request ends: method, path, status, duration,
/// GraphQL operation, with the id as the scope of every log written while it runs. Never the query string (GET
/// variables live there), the body or any header, so variables and <c>Authorization</c> stay out of the logs. What the
/// client chose (path, operation name) is escaped by <see cref="LogValue"/>; the request id is one only when it is sane.
/// With the lines off, a request costs one level check here.
/// </summary>
internal sealed partial class RequestLoggingMiddleware(RequestDelegate next, ILoggerFactory loggers, TimeProvider time)
{
    /// <summary>The request lines' log category; <c>Logging:LogLevel:TeamGraph.Requests=Information</c> turns them on.</summary>
    public const string Category = "TeamGraph.Requests";

    private readonly ILogger _logger = loggers.CreateLogger(Category);

    public Task InvokeAsync(HttpContext context)
    {
        var incoming = context.Request.Headers[RequestIdHeader.Name];
        var requestId = RequestIdHeader.Choose(incoming.Count > 0 ? incoming[0] : null, context.TraceIdentifier);
        context.TraceIdentifier = requestId;
        context.Response.Headers[RequestIdHeader.Name] = requestId;
        return _logger.IsEnabled(LogLevel.Information) ? InvokeLoggedAsync(context, requestId) : next(context);
    }

    private async Task InvokeLoggedAsync(HttpContext context, string requestId)
    {
        var operation = new GraphQLOperationFeature();
        context.Features.Set(operation);
        var started = time.GetTimestamp();
        using var scope = _logger.BeginScope(new Dictionary<string, object> { ["RequestId"] = requestId });
        var status = StatusCodes.Status500InternalServerError;
        try
        {
            await next(context).ConfigureAwait(false);
            status = context.Response.StatusCode;
        }
        finally
        {
            var durationMs = time.GetElapsedTime(started).TotalMilliseconds;
            var request = context.Request;
            var method = LogValue.Escape(request.Method)!;
            var path = LogValue.Escape(request.Path.Value) ?? "/";
            var operationName = LogValue.Escape(operation.OperationName) ?? "-";
            LogRequest(_logger, method, path, status, durationMs, operationName, requestId);
        }
    }

    [LoggerMessage(Level = LogLevel.Information,
        Message = "{Method} {Path} answered {StatusCode} in {DurationMs:0.0} ms (operation {OperationName}, request {RequestId})")]
    private static partial void LogRequest(ILogger logger, string method, string path, int statusCode, double durationMs, string operationName, string requestId);
}
