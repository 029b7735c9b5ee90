using TeamGraph.Core.Diagnostics;
using TeamGraph.Core.Ingestion;

namespace TeamGraph.Cli;

/// <summary>The one-line summary every command prints on stderr after an ingest.</summary>
internal static class IngestionSummary
{
    /// <summary><c>N documents, N nodes, N relationships; diagnostics: N errors, N warnings, N info</c>, counting the ingest's diagnostics.</summary>
    public static string Format(IngestionResult result) => Format(result, result.Diagnostics, SeverityPalette.Plain);

    /// <summary>
    /// The summary counting <paramref name="diagnostics"/>: a command that prints more than the ingest's diagnostics
    /// (lint adds the audit's findings) passes what it printed, so the counts agree with the lines above them. Counts
    /// above zero are painted with <paramref name="palette"/>.
    /// </summary>
    public static string Format(IngestionResult result, IReadOnlyCollection<Diagnostic> diagnostics, SeverityPalette palette)
    {
        var errors = Count(diagnostics, DiagnosticSeverity.Error, "errors", palette);
        var warnings = Count(diagnostics, DiagnosticSeverity.Warning, "warnings", palette);
        var info = Count(diagnostics, DiagnosticSeverity.Info, "info", palette);
        return $"{result.DocumentCount} documents, {result.Graph.Nodes.Count} nodes, {result.Graph.Relationships.Count} relationships; "
            + $"diagnostics: {errors}, {warnings}, {info}";
    }

    private static string Count(IReadOnlyCollection<Diagnostic> diagnostics, DiagnosticSeverity severity, string noun, SeverityPalette palette)
    {
        var count = diagnostics.Count(d => d.Severity == severity);
        var text = $"{count} {noun}";
        return count > 0 ? palette.Paint(severity, text) : text;
    }
}
