using TeamGraph.Core.Store;

namespace TeamGraph.GraphQL.Serving;

/// <summary>
/// How a reload went, and what is served after it: on failure <paramref name="Served"/> is the last good graph's
/// report, which is still served.
/// </summary>
/// <param name="Succeeded">Whether the source was read; a reload that found nothing new also succeeds.</param>
/// <param name="Message">What happened, for people: the counts, or why the source was not reloaded.</param>
/// <param name="AttemptedAt">When the reload started.</param>
/// <param name="Duration">How long the reload took.</param>
/// <param name="Served">The report of the graph served after the reload.</param>
public sealed record ReloadReport(bool Succeeded, string Message, DateTimeOffset AttemptedAt, TimeSpan Duration, GraphReport Served)
{
    /// <summary>The exception that failed the reload, for the log; never shown to clients.</summary>
    public Exception? Exception { get; init; }
}
