using TeamGraph.Core.Diagnostics;
using TeamGraph.Core.Ingestion;

namespace TeamGraph.Cli;

/// <summary>The one-line summary every command prints on stderr after an ingest.</summary>
internal static class IngestionSummary
{
    /// <summary><c>N documents, N nodes, N relationships; diagnostics: N errors, N warnings, N info</c>.</summary>
    public static string Format(IngestionResult result)
    {
        var errors = Count(result, DiagnosticSeverity.Error);
        var warnings = Count(result, DiagnosticSeverity.Warning);
        var info = Count(result, DiagnosticSeverity.Info);
        return $"{result.DocumentCount} documents, {result.Graph.Nodes.Count} nodes, {result.Graph.Relationships.Count} relationships; "
            + $"diagnostics: {errors} errors, {warnings} warnings, {info} info";
    }

    private static int Count(IngestionResult result, DiagnosticSeverity severity) =>
        result.Diagnostics.Count(d => d.Severity == severity);
}
