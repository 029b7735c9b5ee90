namespace TeamGraph.Api.Http.Logging;

/// <summary>
/// Gives every request an id (echoed as <c>X-Request-Id</c>, and the scope of every log written while it runs) and logs
/// one line when it ends: method, path, status, duration, GraphQL operation. Never the query string (GET variables live
/// there), the body or any header, so variables and <c>Authorization</c> stay out of the logs. What the client chose
/// (path, operation name) is escaped by <see cref="LogValue"/>; the request id is one only when it is sane.
/// </summary>
internal sealed partial class RequestLoggingMiddleware(RequestDelegate next, ILogger<RequestLoggingMiddleware> logger, TimeProvider time)
{
    public async Task InvokeAsync(HttpContext context)
    {
        var requestId = RequestIdHeader.Choose(context.Request.Headers[RequestIdHeader.Name].FirstOrDefault(), context.TraceIdentifier);
        context.TraceIdentifier = requestId;
        context.Response.Headers[RequestIdHeader.Name] = requestId;
        var operation = new GraphQLOperationFeature();
        context.Features.Set(operation);
        var started = time.GetTimestamp();
        using var scope = logger.BeginScope(new Dictionary<string, object> { ["RequestId"] = requestId });
        var status = StatusCodes.Status500InternalServerError;
        try
        {
            await next(context).ConfigureAwait(false);
            status = context.Response.StatusCode;
        }
        finally
        {
            if (logger.IsEnabled(LogLevel.Information))
            {
                var durationMs = time.GetElapsedTime(started).TotalMilliseconds;
                var request = context.Request;
                var method = LogValue.Escape(request.Method)!;
                var path = LogValue.Escape(request.Path.Value) ?? "/";
                var operationName = LogValue.Escape(operation.OperationName) ?? "-";
                LogRequest(logger, method, path, status, durationMs, operationName, requestId);
            }
        }
    }

    [LoggerMessage(Level = LogLevel.Information,
        Message = "{Method} {Path} answered {StatusCode} in {DurationMs:0.0} ms (operation {OperationName}, request {RequestId})")]
    private static partial void LogRequest(ILogger logger, string method, string path, int statusCode, double durationMs, string operationName, string requestId);
}
