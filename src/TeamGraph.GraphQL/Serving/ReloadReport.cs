using TeamGraph.Core.Diagnostics;

namespace TeamGraph.GraphQL.Serving;

/// <summary>
/// How a reload of the docs folder went, and what is served after it: on failure the counts and
/// <paramref name="LoadedAt"/> describe the last good graph, which is still served.
/// </summary>
/// <param name="Succeeded">Whether the new graph replaced the old one.</param>
/// <param name="Message">What happened, for people: the counts, or why the folder was not reloaded.</param>
/// <param name="AttemptedAt">When the reload started.</param>
/// <param name="Duration">How long the reload took.</param>
/// <param name="Documents">Markdown files in the served graph.</param>
/// <param name="Nodes">Nodes in the served graph.</param>
/// <param name="Relationships">Relationships in the served graph.</param>
/// <param name="Errors">Ingest diagnostics of severity error in the served graph.</param>
/// <param name="Warnings">Ingest diagnostics of severity warning in the served graph.</param>
/// <param name="LoadedAt">When the served graph was loaded.</param>
public sealed record ReloadReport(
    bool Succeeded,
    string Message,
    DateTimeOffset AttemptedAt,
    TimeSpan Duration,
    int Documents,
    int Nodes,
    int Relationships,
    int Errors,
    int Warnings,
    DateTimeOffset LoadedAt)
{
    /// <summary>The exception that failed the reload, for the log; never shown to clients.</summary>
    public Exception? Exception { get; init; }

    /// <summary>The ingest diagnostics of severity error in the served graph, in path order: what <see cref="Errors"/> counts.</summary>
    public IReadOnlyList<Diagnostic> ErrorDiagnostics { get; init; } = [];
}
