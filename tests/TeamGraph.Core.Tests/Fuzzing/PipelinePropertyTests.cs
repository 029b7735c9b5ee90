using TeamGraph.Testing.Fuzzing;

namespace TeamGraph.Core.Tests.Fuzzing;

/// <summary>
/// The properties of issue #10 item 7 over generated folders of role cards (<see cref="FolderGen"/>), one test per
/// property so that a failure of one (and its shrunk input) does not hide another. A failing property prints
/// CsCheck's seed and the shrunk folder (base64 per file); <c>tests/data/fuzz/</c> keeps the shrunk inputs found so far.
/// </summary>
public sealed class PipelinePropertyTests
{
    [Fact]
    public void GeneratedFolders_NoExceptionEscapesAnyStage() =>
        FuzzSettings.Sample(FolderGen.Folder, (_, root) => AssertNone(root, f => IsCrash(f.Stage)));

    [Fact]
    public void GeneratedFolders_EveryDiagnosticNamesAFileOfTheFolder() =>
        FuzzSettings.Sample(FolderGen.Folder, (_, root) => AssertNone(root, f => f.Stage.StartsWith("diagnostic", StringComparison.Ordinal)));

    [Fact]
    public void GeneratedFolders_SecondIngestExportsTheSameBytes() =>
        FuzzSettings.Sample(FolderGen.Folder, (_, root) => AssertNone(root, f => f.Stage.StartsWith("re-ingest", StringComparison.Ordinal)));

    [Fact]
    public void GeneratedFolders_NoDocumentTakesMoreThanItsBudget() =>
        FuzzSettings.Sample(FolderGen.Folder, (_, root) => AssertNone(root, f => f.Stage == "document budget"));

    /// <summary>A crash: an exception out of a stage, or one the ingester caught and turned into <c>internal-error</c>.</summary>
    public static bool IsCrash(string stage) =>
        !stage.StartsWith("diagnostic", StringComparison.Ordinal) && !stage.StartsWith("re-ingest", StringComparison.Ordinal) && stage != "document budget";

    private static void AssertNone(string root, Func<PipelineFailure, bool> property)
    {
        var failures = PipelineRun.Run(root).Failures.Where(property).ToList();
        if (failures.Count > 0)
        {
            throw new PropertyFailedException(string.Join("\n", failures));
        }
    }
}
