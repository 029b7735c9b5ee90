namespace TeamGraph.Core.Diagnostics;

/// <summary>One finding about the input, always naming the file and, where there is one, the line and column.</summary>
/// <param name="Severity">How serious the finding is.</param>
/// <param name="Code">A stable kebab-case code such as <c>encoding-repaired</c>, for filtering and tests.</param>
/// <param name="Path">The document's path relative to the ingested folder, with <c>/</c> separators.</param>
/// <param name="Line">1-based line in the original file, or <see langword="null"/> when the finding concerns the whole file.</param>
/// <param name="Message">A sentence for people.</param>
/// <param name="Column">1-based column, where known.</param>
public sealed record Diagnostic(
    DiagnosticSeverity Severity,
    string Code,
    string Path,
    int? Line,
    string Message,
    int? Column = null)
{
    /// <summary><c>path:line</c> or <c>path:line:column</c>, or just the path.</summary>
    public string Location => Line is null ? Path : Column is null ? $"{Path}:{Line}" : $"{Path}:{Line}:{Column}";

    /// <inheritdoc />
    public override string ToString() => $"{Severity.ToString().ToLowerInvariant()} {Code} {Location} {Message}";
}
