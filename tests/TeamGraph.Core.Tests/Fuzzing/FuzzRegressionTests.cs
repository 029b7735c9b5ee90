using TeamGraph.Testing.Fuzzing;

namespace TeamGraph.Core.Tests.Fuzzing;

/// <summary>
/// The shrunk inputs the fuzz properties found, one folder each under <c>tests/data/fuzz/</c> with a
/// <c>FAILURE.txt</c> saying what failed when it was found: the whole pipeline must hold every property on each.
/// </summary>
public sealed class FuzzRegressionTests
{
    public static TheoryData<string> Folders { get; } =
        [.. Directory.EnumerateDirectories(TestPaths.Data("fuzz")).Select(Path.GetFileName).OfType<string>().Order(StringComparer.Ordinal)];

    [Theory]
    [MemberData(nameof(Folders))]
    public void FoundInput_HoldsEveryProperty(string name)
    {
        var outcome = PipelineRun.Run(TestPaths.Data("fuzz", name));

        Assert.True(outcome.Failures.Count == 0, string.Join("\n", outcome.Failures));
    }
}
