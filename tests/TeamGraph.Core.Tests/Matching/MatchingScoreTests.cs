using TeamGraph.Core.Ingestion.Building;

namespace TeamGraph.Core.Tests.Matching;

/// <summary>The arithmetic of <see cref="MatchingScore"/> and the row alignment of <see cref="MatchingAnswerKey"/>, on small hand-made keys.</summary>
public class MatchingScoreTests
{
    private const string Confirmed = HandoffStatus.Confirmed;
    private const string OneSided = HandoffStatus.OneSided;

    // Two handoffs: "estimates" (three rows) and "notes" (one row); a third, "review", of two rows.
    private static readonly KeyRow EstimatesOut = new("roles/tl.md", "outputs", "Оценки");
    private static readonly KeyRow EstimatesPoint = new("roles/tl.md", "handoff-points", "Estimate ready");
    private static readonly KeyRow EstimatesIn = new("roles/pm.md", "inputs", "Estimates");
    private static readonly KeyRow NotesOut = new("roles/tl.md", "outputs", "Release notes");
    private static readonly KeyRow ReviewOut = new("roles/tl.md", "outputs", "Code review");
    private static readonly KeyRow ReviewIn = new("roles/be.md", "inputs", "Code review");

    private static readonly MatchingAnswerKey Key = new("tiny", "three handoffs",
    [
        new KeyHandoff("estimates", "TL", "PM", Confirmed, ["translation", "handoff-point"], [EstimatesOut, EstimatesPoint, EstimatesIn]),
        new KeyHandoff("notes", "TL", "PM", OneSided, ["one-sided", "trap"], [NotesOut]),
        new KeyHandoff("review", "TL", "BE", Confirmed, ["exact"], [ReviewOut, ReviewIn]),
    ]);

    private static MatchingPrediction Predict(params (KeyRow Row, string Node, string Status)[] rows) =>
        MatchingPrediction.Of(
            rows.ToDictionary(r => r.Row.Declaration, r => r.Node),
            rows.GroupBy(r => r.Node).ToDictionary(g => g.Key, g => g.First().Status, StringComparer.Ordinal));

    [Fact]
    public void Compute_PredictionEqualToTheKey_ScoresOneEverywhere()
    {
        var score = MatchingScore.Compute(Key, Predict(
            (EstimatesOut, "h1", Confirmed), (EstimatesPoint, "h1", Confirmed), (EstimatesIn, "h1", Confirmed),
            (NotesOut, "h2", OneSided),
            (ReviewOut, "h3", Confirmed), (ReviewIn, "h3", Confirmed)));

        // 6 rows, 15 pairs; truly the same: 3 (estimates) + 1 (review)
        Assert.Equal((4, 4, 4), (score.TruePairs, score.PredictedPairs, score.CorrectPairs));
        Assert.Equal((1.0, 1.0, 1.0, 1.0), (score.Precision, score.Recall, score.StrictStatusAccuracy, score.LenientStatusAccuracy));
        Assert.Equal((3, 3), (score.TrueHandoffs, score.PredictedHandoffs));
        Assert.Empty(score.Misgrouped);
    }

    [Fact]
    public void Compute_EveryRowItsOwnNode_HasPrecisionOneRecallZeroAndOnlySingleRowHandoffsRight()
    {
        var score = MatchingScore.Compute(Key, Predict(
            (EstimatesOut, "h1", OneSided), (EstimatesPoint, "h2", OneSided), (EstimatesIn, "h3", OneSided),
            (NotesOut, "h4", OneSided),
            (ReviewOut, "h5", OneSided), (ReviewIn, "h6", OneSided)));

        Assert.Equal((4, 0, 0), (score.TruePairs, score.PredictedPairs, score.CorrectPairs));
        Assert.Equal(1.0, score.Precision);
        Assert.Equal(0.0, score.Recall);
        Assert.Equal(1.0 / 3, score.StrictStatusAccuracy, 9);
        Assert.Equal(6, score.PredictedHandoffs);
        Assert.Equal(["estimates", "review"], score.Misgrouped.Select(o => o.Handoff.Id));
        Assert.Equal(["h1", "h2", "h3"], score.Misgrouped[0].Nodes);
    }

    [Fact]
    public void Compute_TwoHandoffsInOneNode_CostPrecisionAndBothAreMisgrouped()
    {
        var score = MatchingScore.Compute(Key, Predict(
            (EstimatesOut, "h1", Confirmed), (EstimatesPoint, "h1", Confirmed), (EstimatesIn, "h1", Confirmed), (NotesOut, "h1", Confirmed),
            (ReviewOut, "h3", Confirmed), (ReviewIn, "h3", Confirmed)));

        // predicted the same: the 6 pairs of h1's four rows and the review pair; 4 of them truly the same
        Assert.Equal((4, 7, 4), (score.TruePairs, score.PredictedPairs, score.CorrectPairs));
        Assert.Equal(4.0 / 7, score.Precision, 9);
        Assert.Equal(1.0, score.Recall);
        Assert.Equal(1.0 / 3, score.StrictStatusAccuracy, 9);
        Assert.Equal(["estimates", "notes"], score.Misgrouped.Select(o => o.Handoff.Id));
        Assert.Equal(["notes"], score.Misgrouped[0].SharedWith);
        Assert.Contains("in h1", score.Misgrouped[1].Describe(), StringComparison.Ordinal);
    }

    [Fact]
    public void Compute_ProbableNode_IsWrongStrictlyAndRightLeniently()
    {
        var score = MatchingScore.Compute(Key, Predict(
            (EstimatesOut, "h1", HandoffOutcome.Probable), (EstimatesPoint, "h1", HandoffOutcome.Probable), (EstimatesIn, "h1", HandoffOutcome.Probable),
            (NotesOut, "h2", HandoffOutcome.Probable),
            (ReviewOut, "h3", Confirmed), (ReviewIn, "h3", Confirmed)));

        Assert.Equal(1.0 / 3, score.StrictStatusAccuracy, 9);
        Assert.Equal(2.0 / 3, score.LenientStatusAccuracy, 9);
        Assert.Equal(["estimates", "notes"], score.WrongStatus.Select(o => o.Handoff.Id));
    }

    [Fact]
    public void Compute_KindBreakdown_CountsHandoffsGroupedExactlyAndRightStatusPerKind()
    {
        var score = MatchingScore.Compute(Key, Predict(
            (EstimatesOut, "h1", Confirmed), (EstimatesPoint, "h1", Confirmed), (EstimatesIn, "h9", Confirmed),
            (NotesOut, "h2", Confirmed),
            (ReviewOut, "h3", Confirmed), (ReviewIn, "h3", Confirmed)));

        Assert.Equal(
            [new KindScore("exact", 1, 1, 1), new KindScore("handoff-point", 1, 0, 0), new KindScore("one-sided", 1, 1, 0), new KindScore("translation", 1, 0, 0), new KindScore("trap", 1, 1, 0)],
            score.Kinds);
    }

    [Fact]
    public void Compute_RowInTwoNodes_IsPredictedTheSameAsTheRowsOfBoth()
    {
        var prediction = new MatchingPrediction(
            new Dictionary<DeclarationKey, IReadOnlySet<string>>
            {
                [EstimatesOut.Declaration] = new HashSet<string> { "h1", "h2" },
                [EstimatesPoint.Declaration] = new HashSet<string> { "h1" },
                [EstimatesIn.Declaration] = new HashSet<string> { "h1" },
                [NotesOut.Declaration] = new HashSet<string> { "h2" },
                [ReviewOut.Declaration] = new HashSet<string> { "h3" },
                [ReviewIn.Declaration] = new HashSet<string> { "h3" },
            },
            new Dictionary<string, string> { ["h1"] = Confirmed, ["h2"] = OneSided, ["h3"] = Confirmed },
            new Dictionary<DeclarationKey, IReadOnlyList<int>>());

        var score = MatchingScore.Compute(Key, prediction);

        // predicted the same: the three estimates pairs, EstimatesOut–NotesOut, the review pair
        Assert.Equal((4, 5, 4), (score.TruePairs, score.PredictedPairs, score.CorrectPairs));
        Assert.Equal(["estimates", "notes"], score.Misgrouped.Select(o => o.Handoff.Id));
    }

    [Fact]
    public void Mismatches_RowsMissingOnEitherSide_AreEachNamed()
    {
        var stray = new KeyRow("roles/pm.md", "inputs", "Budget");
        var prediction = Predict(
            (EstimatesOut, "h1", Confirmed), (EstimatesPoint, "h1", Confirmed), (EstimatesIn, "h1", Confirmed),
            (ReviewOut, "h3", Confirmed), (ReviewIn, "h3", Confirmed), (stray, "h4", OneSided));

        var mismatches = Key.Mismatches(prediction);

        Assert.Equal(2, mismatches.Count);
        Assert.Contains(mismatches, m => m.StartsWith("key row roles/tl.md output 'Release notes' (handoff 'notes') is not declared", StringComparison.Ordinal));
        Assert.Contains(mismatches, m => m.StartsWith("graph declaration roles/pm.md input 'Budget'", StringComparison.Ordinal));
    }

    [Fact]
    public void DeclarationKey_WhatWithRunsOfWhitespace_EqualsItsCollapsedForm() =>
        Assert.Equal(DeclarationKey.Of("roles/a.md", "input", "Test  results\tand\n bugs "), new KeyRow("roles/a.md", "inputs", "Test results and bugs").Declaration);
}
