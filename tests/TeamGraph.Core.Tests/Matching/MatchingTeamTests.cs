using System.Collections.Concurrent;
using System.Globalization;
using TeamGraph.Core.Ingestion;
using TeamGraph.Core.Ingestion.Building;

namespace TeamGraph.Core.Tests.Matching;

/// <summary>
/// Every labelled team under tests/data/matching (a folder holding an answer-key.json, written by people who did not
/// see the matcher) is ingested with the real pipeline and the matcher's Handoff nodes are scored against the key
/// (<see cref="MatchingScore"/>). The metrics and the per-kind breakdown go to the test output.
/// </summary>
public class MatchingTeamTests
{
    private const double MinPrecision = 0.95;
    private const double MinRecall = 0.90;
    private const double MinStrictStatusAccuracy = 0.90;

    private static readonly string[] Statuses = [HandoffStatus.Confirmed, HandoffStatus.OneSided, HandoffStatus.UndocumentedPeer, HandoffStatus.Conflicting];

    private static readonly string[] KindNames =
        ["exact", "word-form", "translation", "synonym", "split", "handoff-point", "one-sided", "undocumented-peer", "conflict-format", "conflict-direction", "trap", "group", "external"];

    private static readonly ConcurrentDictionary<string, Lazy<(MatchingAnswerKey Key, MatchingPrediction Prediction)>> Ingested = new(StringComparer.Ordinal);

    public static TheoryData<string> Teams()
    {
        var data = new TheoryData<string>();
        foreach (var folder in Directory.EnumerateDirectories(TestPaths.Data("matching")).Order(StringComparer.Ordinal))
        {
            if (File.Exists(Path.Combine(folder, MatchingAnswerKey.FileName)))
            {
                data.Add(Path.GetFileName(folder));
            }
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(Teams))]
    public void AnswerKey_LabelledTeam_UsesOnlyKnownStatusesKindsAndTables(string team)
    {
        var key = Team(team).Key;

        Assert.Equal(team, key.Team);
        Assert.Distinct(key.Handoffs.Select(h => h.Id));
        Assert.All(key.Handoffs, h =>
        {
            Assert.Contains(h.Status, Statuses);
            Assert.NotEmpty(h.Rows);
            Assert.All(h.Kinds, k => Assert.Contains(k, KindNames));
            Assert.All(h.Rows, r => _ = r.Declaration); // throws on a table other than inputs, outputs, handoff-points
        });
    }

    [Theory]
    [MemberData(nameof(Teams))]
    public void Ingest_LabelledTeam_DeclaresExactlyTheRowsOfTheKey(string team)
    {
        var (key, prediction) = Team(team);

        AssertSameRows(team, key, prediction);
    }

    [Theory]
    [MemberData(nameof(Teams))]
    public void Matcher_LabelledTeam_GroupsAndRatesHandoffsAsTheKeySays(string team)
    {
        var (key, prediction) = Team(team);
        AssertSameRows(team, key, prediction);

        var score = MatchingScore.Compute(key, prediction);
        var report = score.Report(team);
        TestContext.Current.TestOutputHelper?.WriteLine(report);

        var failures = new List<string>();
        if (score.Precision < MinPrecision)
        {
            failures.Add(string.Create(CultureInfo.InvariantCulture, $"pairwise precision {score.Precision:0.000} < {MinPrecision}"));
        }

        if (score.Recall < MinRecall)
        {
            failures.Add(string.Create(CultureInfo.InvariantCulture, $"pairwise recall {score.Recall:0.000} < {MinRecall}"));
        }

        if (score.StrictStatusAccuracy < MinStrictStatusAccuracy)
        {
            failures.Add(string.Create(CultureInfo.InvariantCulture, $"strict status accuracy {score.StrictStatusAccuracy:0.000} < {MinStrictStatusAccuracy}"));
        }

        Assert.True(failures.Count == 0, $"{string.Join("; ", failures)}{Environment.NewLine}{report}");
    }

    private static void AssertSameRows(string team, MatchingAnswerKey key, MatchingPrediction prediction)
    {
        var mismatches = key.Mismatches(prediction);
        Assert.True(mismatches.Count == 0, $"The answer key of {team} and the graph do not name the same rows:{Environment.NewLine}  {string.Join(Environment.NewLine + "  ", mismatches)}");
    }

    private static (MatchingAnswerKey Key, MatchingPrediction Prediction) Team(string team) =>
        Ingested.GetOrAdd(team, name => new(() =>
        {
            var folder = TestPaths.Data("matching", name);
            var key = MatchingAnswerKey.Load(Path.Combine(folder, MatchingAnswerKey.FileName));
            return (key, MatchingPrediction.FromGraph(new FolderIngester().Ingest(folder).Graph));
        })).Value;
}
