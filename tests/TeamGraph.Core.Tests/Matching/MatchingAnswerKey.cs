using System.Text.Json;

namespace TeamGraph.Core.Tests.Matching;

/// <summary>
/// The truth about a labelled team (<c>tests/data/matching/&lt;team&gt;/answer-key.json</c>, format in the team's
/// README and the matching answer-key spec): every handoff row of every card belongs to exactly one key handoff.
/// </summary>
internal sealed record MatchingAnswerKey(string Team, string Description, IReadOnlyList<KeyHandoff> Handoffs)
{
    public const string FileName = "answer-key.json";

    private static readonly JsonSerializerOptions JsonOptions = new() { PropertyNameCaseInsensitive = true };

    public static MatchingAnswerKey Load(string path) =>
        JsonSerializer.Deserialize<MatchingAnswerKey>(File.ReadAllText(path), JsonOptions)
        ?? throw new InvalidDataException($"{path} holds no answer key.");

    /// <summary>
    /// What keeps the key and the graph from naming the same rows: a row the key lists twice, a key row the graph
    /// does not declare, a graph declaration the key does not list, a key row the graph declares on several lines.
    /// Empty when every row maps one to one, which scoring needs.
    /// </summary>
    public IReadOnlyList<string> Mismatches(MatchingPrediction prediction)
    {
        var problems = new List<string>();
        var owners = new Dictionary<DeclarationKey, string>();
        foreach (var handoff in Handoffs)
        {
            foreach (var row in handoff.Rows)
            {
                if (!owners.TryAdd(row.Declaration, handoff.Id))
                {
                    problems.Add($"key row {row.Declaration} is listed by both '{owners[row.Declaration]}' and '{handoff.Id}'");
                }
            }
        }

        foreach (var (row, owner) in owners)
        {
            if (!prediction.NodesOf.ContainsKey(row))
            {
                problems.Add($"key row {row} (handoff '{owner}') is not declared in the graph");
            }
        }

        foreach (var row in prediction.NodesOf.Keys.Where(r => !owners.ContainsKey(r)))
        {
            var lines = prediction.LinesOf.GetValueOrDefault(row) is { Count: > 0 } known ? $" at line(s) {string.Join(", ", known)}" : "";
            problems.Add($"graph declaration {row}{lines} is not in the key");
        }

        foreach (var (row, lines) in prediction.LinesOf.Where(p => owners.ContainsKey(p.Key) && p.Value.Count > 1))
        {
            problems.Add($"key row {row} matches several rows of the card, lines {string.Join(", ", lines)}");
        }

        return problems;
    }
}
