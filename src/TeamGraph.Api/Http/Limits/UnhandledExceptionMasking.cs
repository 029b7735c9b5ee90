using GraphQL;
using GraphQL.Execution;

namespace TeamGraph.Api.Http.Limits;

/// <summary>
/// Logs a resolver's unexpected exception with the request id and, outside Development, answers it with a message that
/// says nothing of the code: exception text and types can reveal paths, queries and library versions. Errors we raise on
/// purpose (<see cref="ExecutionError"/>) never come here and reach the client as written.
/// </summary>
internal static partial class UnhandledExceptionMasking
{
    public static void Handle(UnhandledExceptionContext context, bool development)
    {
        var services = context.ExecutionOptions.RequestServices;
        var requestId = services?.GetService<IHttpContextAccessor>()?.HttpContext?.TraceIdentifier ?? "";
        if (services?.GetService<ILoggerFactory>() is { } loggers)
        {
            LogUnhandled(loggers.CreateLogger(typeof(UnhandledExceptionMasking)), context.OriginalException, context.FieldContext is { } field ? string.Join('.', field.Path) : "(request)", requestId);
        }

        if (!development)
        {
            context.Exception = new ExecutionError($"An internal error occurred; quote request id {requestId} when reporting it.")
            {
                Code = LimitErrorCodes.InternalError,
            };
        }
    }

    [LoggerMessage(Level = LogLevel.Error, Message = "Resolving {FieldPath} failed (request {RequestId})")]
    private static partial void LogUnhandled(ILogger logger, Exception exception, string fieldPath, string requestId);
}
