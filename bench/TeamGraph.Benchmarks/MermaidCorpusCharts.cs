using System.Text.Json;

namespace TeamGraph.Benchmarks;

/// <summary>
/// The 1,447 chart texts of <c>tests/data/mermaid-corpus/corpus.jsonl</c> (522 written from mermaid's documentation,
/// 925 taken from mermaid's own parser specs), in file order.
/// </summary>
internal static class MermaidCorpusCharts
{
    public static IReadOnlyList<string> Load()
    {
        var corpus = Path.Combine(RepositoryRoot(), "tests", "data", "mermaid-corpus", "corpus.jsonl");
        return [.. File.ReadLines(corpus)
            .Where(line => line.Length > 0)
            .Select(line => JsonDocument.Parse(line).RootElement.GetProperty("text").GetString() ?? "")];
    }

    /// <summary>The folder holding <c>TeamGraph.sln</c>, found upwards from the working directory or the binaries.</summary>
    private static string RepositoryRoot()
    {
        foreach (var start in new[] { Directory.GetCurrentDirectory(), AppContext.BaseDirectory })
        {
            for (var folder = new DirectoryInfo(start); folder is not null; folder = folder.Parent)
            {
                if (File.Exists(Path.Combine(folder.FullName, "TeamGraph.sln")))
                {
                    return folder.FullName;
                }
            }
        }

        throw new DirectoryNotFoundException("TeamGraph.sln not found above the working directory; run from the repository.");
    }
}
