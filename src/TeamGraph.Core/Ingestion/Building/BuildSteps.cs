using TeamGraph.Core.Diagnostics;

namespace TeamGraph.Core.Ingestion.Building;

/// <summary>
/// The steps of one <see cref="TeamGraphBuilder.Build(Resolution.TeamRegistry, IReadOnlyList{SourceDocument}, ICollection{Diagnostic})"/>
/// that failed, carried from one pass of the build to the next. A step is one stage of work on one document (or one
/// handoff), named by its stage, path and line. A step that throws is reported through <see cref="StageGuard"/> and
/// the pass stops; the next pass starts again from the documents and runs the step's fallback instead (usually
/// nothing). Starting again, rather than undoing, is what guarantees that nothing the failed step half did — nodes,
/// relationships, names it resolved, diagnostics it reported — is left in the graph.
/// </summary>
/// <remarks>Each failing step costs one more pass; a step fails at most once, so a build makes at most one pass more than it has failing steps.</remarks>
internal sealed class BuildSteps
{
    private readonly HashSet<string> _failed = new(StringComparer.Ordinal);
    private readonly List<Diagnostic> _failures = [];

    /// <summary>The diagnostics of every step that failed, in the order they failed.</summary>
    public IReadOnlyList<Diagnostic> Failures => _failures;

    /// <summary>True when the step failed in an earlier pass.</summary>
    public bool Failed(PipelineStage stage, string path, int? line, string part = "") => _failed.Count > 0 && _failed.Contains(Key(stage, path, line, part));

    /// <summary>
    /// Runs the step, or its <paramref name="fallback"/> when it failed in an earlier pass. False when it fails now:
    /// the caller must end the pass.
    /// </summary>
    /// <param name="stage">The stage.</param>
    /// <param name="path">The document the step works on; empty for a step over the whole folder.</param>
    /// <param name="line">The line the step starts from, where there is one.</param>
    /// <param name="consequence">What a failure leaves out, for the diagnostic.</param>
    /// <param name="work">The step.</param>
    /// <param name="fallback">What runs instead once the step has failed.</param>
    /// <param name="part">Tells apart two steps of one stage at one place.</param>
    public bool Run(PipelineStage stage, string path, int? line, string consequence, Action work, Action? fallback = null, string part = "")
    {
        // A build runs a step per document and stage and per handoff, and almost always none has failed: the key is
        // spelled only when one has.
        if (Failed(stage, path, line, part))
        {
            fallback?.Invoke();
            return true;
        }

        if (StageGuard.TryRun(stage, path, line, consequence, _failures, work))
        {
            return true;
        }

        _failed.Add(Key(stage, path, line, part));
        return false;
    }

    private static string Key(PipelineStage stage, string path, int? line, string part) => $"{stage}|{path}|{line}|{part}";
}
