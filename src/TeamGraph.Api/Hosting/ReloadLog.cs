using TeamGraph.GraphQL.Serving;

namespace TeamGraph.Api.Hosting;

/// <summary>
/// Logs every reload with its counts and duration, and every served graph's audit with its duration; a failed reload
/// or audit as a warning with its exception.
/// </summary>
internal static partial class ReloadLog
{
    public static void Write(ILogger logger, string source, ReloadReport report)
    {
        if (report.Succeeded)
        {
            var counts = report.Served.Counts;
            LogReloaded(logger, source, counts.Documents, counts.Nodes, counts.Relationships, counts.Errors, counts.Warnings, report.Duration.TotalMilliseconds);
        }
        else
        {
            LogReloadFailed(logger, report.Exception, source, report.Message, report.Duration.TotalMilliseconds);
        }
    }

    public static void Write(ILogger logger, AuditReport report)
    {
        if (report.Succeeded || report.Superseded)
        {
            // A superseded audit is the normal course of a burst of edits, not a problem to warn about.
            LogAudited(logger, report.Source, report.Message, report.Duration.TotalMilliseconds);
        }
        else
        {
            LogAuditFailed(logger, report.Exception, report.Source, report.Message, report.Duration.TotalMilliseconds);
        }
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "{Source}: {Outcome} Audit took {DurationMilliseconds:0} ms")]
    private static partial void LogAudited(ILogger logger, string source, string outcome, double durationMilliseconds);

    [LoggerMessage(Level = LogLevel.Warning, Message = "{Source}: no audit findings after {DurationMilliseconds:0} ms: {Reason}")]
    private static partial void LogAuditFailed(ILogger logger, Exception? exception, string source, string reason, double durationMilliseconds);

    [LoggerMessage(Level = LogLevel.Information,
        Message = "Serving {Source}: {Documents} documents, {Nodes} nodes, {Relationships} relationships; {Errors} errors, {Warnings} warnings; loaded in {DurationMilliseconds:0} ms")]
    private static partial void LogReloaded(ILogger logger, string source, int documents, int nodes, int relationships, int errors, int warnings, double durationMilliseconds);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Reloading {Source} failed after {DurationMilliseconds:0} ms: {Reason}")]
    private static partial void LogReloadFailed(ILogger logger, Exception? exception, string source, string reason, double durationMilliseconds);
}
