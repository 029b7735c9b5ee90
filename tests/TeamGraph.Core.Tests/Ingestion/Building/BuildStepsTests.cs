using TeamGraph.Core.Diagnostics;
using TeamGraph.Core.Ingestion.Building;

namespace TeamGraph.Core.Tests.Ingestion.Building;

public class BuildStepsTests
{
    [Fact]
    public void Run_AStepThatThrows_EndsThePassAndRunsItsFallbackInTheNext_AndOnlyThatStep()
    {
        var steps = new BuildSteps();
        var ran = new List<string>();

        var first = steps.Run(PipelineStage.Matching, "roles/qa.md", 7, "the row is left out.", () => throw new InvalidOperationException("boom"), () => ran.Add("fallback"), part: "row");
        var again = steps.Run(PipelineStage.Matching, "roles/qa.md", 7, "the row is left out.", () => ran.Add("work"), () => ran.Add("fallback"), part: "row");
        var otherLine = steps.Run(PipelineStage.Matching, "roles/qa.md", 8, "the row is left out.", () => ran.Add("line 8"), () => ran.Add("line 8 fallback"), part: "row");
        var otherPart = steps.Run(PipelineStage.Matching, "roles/qa.md", 7, "the row is left out.", () => ran.Add("cluster"), part: "cluster");

        Assert.False(first);
        Assert.True(again && otherLine && otherPart);
        Assert.Equal(["fallback", "line 8", "cluster"], ran);
        Assert.True(steps.Failed(PipelineStage.Matching, "roles/qa.md", 7, "row"));
        Assert.False(steps.Failed(PipelineStage.Matching, "roles/qa.md", 7, "cluster"));
        var failure = Assert.Single(steps.Failures);
        Assert.Equal("roles/qa.md", failure.Path);
        Assert.Equal(7, failure.Line);
    }

    [Fact]
    public void Failed_BeforeAnyStepFailed_IsFalseForEveryStep()
    {
        var steps = new BuildSteps();

        Assert.True(steps.Run(PipelineStage.Projection, "roles/qa.md", null, "nothing.", () => { }));
        Assert.False(steps.Failed(PipelineStage.Projection, "roles/qa.md", null));
        Assert.Empty(steps.Failures);
    }
}
