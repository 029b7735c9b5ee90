using TeamGraph.Core.Ingestion;

namespace TeamGraph.Core.Diagnostics;

/// <summary>An exception <see cref="StageGuard"/> isolated, with the stage it happened in.</summary>
/// <param name="Stage">Where it happened.</param>
/// <param name="Exception">What was thrown; its stack trace is for logs and <c>--verbose</c>, never for messages.</param>
public sealed record StageFailure(PipelineStage Stage, Exception Exception)
{
    /// <summary>"The projection stage failed on roles/qa.md (KeyNotFoundException: …)": the stage, the subject, the exception's type and message.</summary>
    public string Describe(string subject) =>
        $"The {Stage.Name()} stage failed on {subject} ({Exception.GetType().Name}: {Exception.Message})";

    /// <summary>The failure as an error diagnostic with code <see cref="IngestionDiagnosticCodes.InternalError"/>.</summary>
    public Diagnostic ToDiagnostic(string path, int? line, string consequence) =>
        new(DiagnosticSeverity.Error, IngestionDiagnosticCodes.InternalError, path, line,
            $"{Describe(path.Length == 0 ? "the whole folder" : "this document")}; {consequence} This is a TeamGraph bug: please report it.");
}
