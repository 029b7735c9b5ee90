using System.Text.Json.Nodes;

namespace TeamGraph.Core.Tests.Ingestion.Mermaid.Differential;

/// <summary>
/// The flowcharts of <c>tests/data/mermaid-corpus/corpus.jsonl</c>, each with mermaid 11's recorded answer from
/// <c>answers/corpus.jsonl</c> (same order, same ids; how they were made is in that folder's README).
/// </summary>
internal static class MermaidCorpus
{
    public static IReadOnlyList<MermaidCorpusCase> Load()
    {
        var charts = ReadJsonLines(TestPaths.Data("mermaid-corpus", "corpus.jsonl"));
        var answers = ReadJsonLines(TestPaths.Data("mermaid-corpus", "answers", "corpus.jsonl")).ToDictionary(a => (string)a["id"]!);
        return [.. charts.Select(chart =>
        {
            var id = (string)chart["id"]!;
            Assert.True(answers.TryGetValue(id, out var answer), $"answers/corpus.jsonl has no answer for {id}; regenerate it (see the corpus README).");
            return new MermaidCorpusCase(id, (string)chart["category"]!, (string)chart["text"]!, answer);
        })];
    }

    private static IEnumerable<JsonObject> ReadJsonLines(string path) => File.ReadLines(path)
        .Where(line => line.Length > 0)
        .Select(line => JsonNode.Parse(line)!.AsObject());
}
