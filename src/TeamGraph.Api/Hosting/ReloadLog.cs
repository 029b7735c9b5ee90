using TeamGraph.GraphQL.Serving;

namespace TeamGraph.Api.Hosting;

/// <summary>Logs every reload with its counts and duration; a failed one as a warning with its exception.</summary>
internal static partial class ReloadLog
{
    public static void Write(ILogger logger, string folder, ReloadReport report)
    {
        if (report.Succeeded)
        {
            LogReloaded(logger, folder, report.Documents, report.Nodes, report.Relationships, report.Errors, report.Warnings, report.Duration.TotalMilliseconds);
        }
        else
        {
            LogReloadFailed(logger, report.Exception, folder, report.Message, report.Duration.TotalMilliseconds);
        }
    }

    [LoggerMessage(Level = LogLevel.Information,
        Message = "Serving {Folder}: {Documents} documents, {Nodes} nodes, {Relationships} relationships; {Errors} errors, {Warnings} warnings; loaded in {DurationMilliseconds:0} ms")]
    private static partial void LogReloaded(ILogger logger, string folder, int documents, int nodes, int relationships, int errors, int warnings, double durationMilliseconds);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Reloading {Folder} failed after {DurationMilliseconds:0} ms: {Reason}")]
    private static partial void LogReloadFailed(ILogger logger, Exception? exception, string folder, string reason, double durationMilliseconds);
}
