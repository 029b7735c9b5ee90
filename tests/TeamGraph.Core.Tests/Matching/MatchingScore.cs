using System.Globalization;
using System.Text;

namespace TeamGraph.Core.Tests.Matching;

/// <summary>
/// How close a matcher's grouping of handoff rows comes to an answer key.
/// <list type="bullet">
/// <item>Pairwise precision and recall over the unordered pairs of key rows: a pair is truly the same when both rows
/// belong to one key handoff, predicted the same when some <c>Handoff</c> node holds declarations of both. Precision is 1
/// when nothing is predicted the same, recall is 1 when nothing is truly the same.</item>
/// <item>Status accuracy: a key handoff is right when its rows land in exactly one node, that node holds exactly its
/// rows, and the node's status is the key's; the lenient variant counts a node status PROBABLE as CONFIRMED.</item>
/// <item>Predicted (<c>Handoff</c> nodes) and true handoff counts, and a per-kind breakdown.</item>
/// </list>
/// The key and the prediction must name the same rows (<see cref="MatchingAnswerKey.Mismatches"/>); a key row the
/// prediction lacks counts as landing in no node.
/// </summary>
internal sealed record MatchingScore(
    int TruePairs,
    int PredictedPairs,
    int CorrectPairs,
    int PredictedHandoffs,
    IReadOnlyList<HandoffOutcome> Outcomes,
    IReadOnlyList<KindScore> Kinds)
{
    public int TrueHandoffs => Outcomes.Count;

    public double Precision => PredictedPairs == 0 ? 1 : (double)CorrectPairs / PredictedPairs;

    public double Recall => TruePairs == 0 ? 1 : (double)CorrectPairs / TruePairs;

    public int StatusRight => Outcomes.Count(o => o.StatusRight);

    public int LenientStatusRight => Outcomes.Count(o => o.LenientStatusRight);

    public double StrictStatusAccuracy => TrueHandoffs == 0 ? 1 : (double)StatusRight / TrueHandoffs;

    public double LenientStatusAccuracy => TrueHandoffs == 0 ? 1 : (double)LenientStatusRight / TrueHandoffs;

    /// <summary>The key handoffs whose rows are not exactly one node of their own.</summary>
    public IReadOnlyList<HandoffOutcome> Misgrouped => [.. Outcomes.Where(o => !o.GroupedExactly)];

    /// <summary>The key handoffs grouped exactly whose node has another status.</summary>
    public IReadOnlyList<HandoffOutcome> WrongStatus => [.. Outcomes.Where(o => o.GroupedExactly && !o.StatusRight)];

    public static MatchingScore Compute(MatchingAnswerKey key, MatchingPrediction prediction)
    {
        var rows = key.Handoffs.SelectMany((h, index) => h.Rows.Select(r => (Handoff: index, Nodes: NodesOf(prediction, r)))).ToList();
        int truePairs = 0, predictedPairs = 0, correctPairs = 0;
        for (var i = 0; i < rows.Count; i++)
        {
            for (var j = i + 1; j < rows.Count; j++)
            {
                var same = rows[i].Handoff == rows[j].Handoff;
                var predicted = rows[i].Nodes.Overlaps(rows[j].Nodes);
                truePairs += same ? 1 : 0;
                predictedPairs += predicted ? 1 : 0;
                correctPairs += same && predicted ? 1 : 0;
            }
        }

        // node → the key handoffs (by index) with a row in it, and the rows it holds
        var owners = new Dictionary<string, HashSet<int>>(StringComparer.Ordinal);
        var held = new Dictionary<string, HashSet<DeclarationKey>>(StringComparer.Ordinal);
        for (var index = 0; index < key.Handoffs.Count; index++)
        {
            foreach (var row in key.Handoffs[index].Rows)
            {
                foreach (var node in NodesOf(prediction, row))
                {
                    (owners.TryGetValue(node, out var o) ? o : owners[node] = []).Add(index);
                    (held.TryGetValue(node, out var h) ? h : held[node] = []).Add(row.Declaration);
                }
            }
        }

        var outcomes = new List<HandoffOutcome>();
        for (var index = 0; index < key.Handoffs.Count; index++)
        {
            var handoff = key.Handoffs[index];
            var rowNodes = handoff.Rows.Select(r => (Row: r, Nodes: (IReadOnlyList<string>)NodesOf(prediction, r).Order(StringComparer.Ordinal).ToList())).ToList();
            var nodes = rowNodes.SelectMany(r => r.Nodes).Distinct(StringComparer.Ordinal).ToList();
            var grouped = nodes.Count == 1 && rowNodes.All(r => r.Nodes.Count == 1) && held[nodes[0]].SetEquals(handoff.Rows.Select(r => r.Declaration));
            var shared = nodes.SelectMany(n => owners[n]).Where(o => o != index).Distinct().Order().Select(o => key.Handoffs[o].Id).ToList();
            var status = grouped ? prediction.StatusOf.GetValueOrDefault(nodes[0]) : null;
            outcomes.Add(new HandoffOutcome(handoff, rowNodes, shared, grouped, status));
        }

        var kinds = outcomes.SelectMany(o => o.Handoff.Kinds.Select(k => (Kind: k, Outcome: o)))
            .GroupBy(p => p.Kind, StringComparer.Ordinal)
            .OrderBy(g => g.Key, StringComparer.Ordinal)
            .Select(g => new KindScore(g.Key, g.Count(), g.Count(p => p.Outcome.GroupedExactly), g.Count(p => p.Outcome.StatusRight)))
            .ToList();

        return new MatchingScore(truePairs, predictedPairs, correctPairs, prediction.StatusOf.Count, outcomes, kinds);
    }

    /// <summary>The metrics, the per-kind table, the misgrouped handoffs and the wrong statuses, for a test's output.</summary>
    public string Report(string team)
    {
        var text = new StringBuilder();
        void Line(FormattableString line) => text.AppendLine(line.ToString(CultureInfo.InvariantCulture));

        Line($"{team}: {TrueHandoffs} true handoffs, {PredictedHandoffs} predicted (Handoff nodes)");
        Line($"pairwise precision {Precision:0.000} ({CorrectPairs}/{PredictedPairs}), recall {Recall:0.000} ({CorrectPairs}/{TruePairs})");
        Line($"status accuracy strict {StrictStatusAccuracy:0.000} ({StatusRight}/{TrueHandoffs}), lenient (PROBABLE = CONFIRMED) {LenientStatusAccuracy:0.000} ({LenientStatusRight}/{TrueHandoffs})");
        Line($"{"kind",-20} {"handoffs",8} {"grouped",8} {"status",8}");
        foreach (var kind in Kinds)
        {
            Line($"{kind.Kind,-20} {kind.Handoffs,8} {kind.GroupedExactly,8} {kind.StatusRight,8}");
        }

        Line($"wrongly grouped ({Misgrouped.Count}):");
        foreach (var outcome in Misgrouped)
        {
            Line($"  {outcome.Describe()}");
        }

        Line($"grouped right, wrong status ({WrongStatus.Count}):");
        foreach (var outcome in WrongStatus)
        {
            Line($"  {outcome.Describe()}");
        }

        return text.ToString();
    }

    private static IReadOnlySet<string> NodesOf(MatchingPrediction prediction, KeyRow row) =>
        prediction.NodesOf.TryGetValue(row.Declaration, out var nodes) ? nodes : new HashSet<string>();
}
