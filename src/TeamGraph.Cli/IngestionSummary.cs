using TeamGraph.Core.Diagnostics;
using TeamGraph.Core.Ingestion;

namespace TeamGraph.Cli;

/// <summary>The one-line summary every command prints on stderr after an ingest.</summary>
internal static class IngestionSummary
{
    /// <summary><c>N documents, N nodes, N relationships; diagnostics: N errors, N warnings, N info</c>, counting the ingest's diagnostics.</summary>
    public static string Format(IngestionResult result) => Format(result, result.Diagnostics);

    /// <summary>
    /// The summary counting <paramref name="diagnostics"/>: a command that prints more than the ingest's diagnostics
    /// (lint adds the audit's findings) passes what it printed, so the counts agree with the lines above them.
    /// </summary>
    public static string Format(IngestionResult result, IReadOnlyCollection<Diagnostic> diagnostics)
    {
        var errors = Count(diagnostics, DiagnosticSeverity.Error);
        var warnings = Count(diagnostics, DiagnosticSeverity.Warning);
        var info = Count(diagnostics, DiagnosticSeverity.Info);
        return $"{result.DocumentCount} documents, {result.Graph.Nodes.Count} nodes, {result.Graph.Relationships.Count} relationships; "
            + $"diagnostics: {errors} errors, {warnings} warnings, {info} info";
    }

    private static int Count(IReadOnlyCollection<Diagnostic> diagnostics, DiagnosticSeverity severity) =>
        diagnostics.Count(d => d.Severity == severity);
}
