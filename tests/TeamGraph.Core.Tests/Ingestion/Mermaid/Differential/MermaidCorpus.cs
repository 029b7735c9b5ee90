using System.Text.Json.Nodes;

namespace TeamGraph.Core.Tests.Ingestion.Mermaid.Differential;

/// <summary>
/// The flowcharts of <c>tests/data/mermaid-corpus/corpus.jsonl</c>, each with mermaid 11's recorded answer from
/// <c>answers/corpus.jsonl</c> (same order, same ids; how they were made is in that folder's README).
/// </summary>
internal static class MermaidCorpus
{
    public static IReadOnlyList<MermaidCorpusCase> Load() => Load("corpus.jsonl", "corpus.jsonl");

    /// <summary>The charts of <paramref name="charts"/> with the answers of <c>answers/</c><paramref name="answers"/>.</summary>
    public static IReadOnlyList<MermaidCorpusCase> Load(string charts, string answers)
    {
        var recorded = ReadJsonLines(TestPaths.Data("mermaid-corpus", "answers", answers)).ToDictionary(a => (string)a["id"]!);
        return [.. ReadJsonLines(TestPaths.Data("mermaid-corpus", charts)).Select(chart =>
        {
            var id = (string)chart["id"]!;
            Assert.True(recorded.TryGetValue(id, out var answer), $"answers/{answers} has no answer for {id}; regenerate it (see the corpus README).");
            return new MermaidCorpusCase(id, (string)chart["category"]!, (string)chart["text"]!, answer);
        })];
    }

    private static IEnumerable<JsonObject> ReadJsonLines(string path) => File.ReadLines(path)
        .Where(line => line.Length > 0)
        .Select(line => JsonNode.Parse(line)!.AsObject());
}
