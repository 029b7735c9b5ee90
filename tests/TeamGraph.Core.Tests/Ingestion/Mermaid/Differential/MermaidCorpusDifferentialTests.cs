using System.Globalization;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace TeamGraph.Core.Tests.Ingestion.Mermaid.Differential;

/// <summary>
/// TeamGraph's flowchart parser against mermaid 11's own answers on the corpus of <c>tests/data/mermaid-corpus</c>
/// (issue #12). The parser is still being brought to parity, so the test holds each category to at least the number
/// of agreeing charts recorded in <c>baseline.json</c> rather than to all of them: agreement may only go up. It
/// prints agreement per category and every disagreement, and fails on any crash or any parse slower than
/// <see cref="SlowParse"/>, whatever the baseline.
/// </summary>
public sealed class MermaidCorpusDifferentialTests
{
    /// <summary>Generous for inputs of a few lines on a busy machine: a parse takes well under a millisecond.</summary>
    private static readonly TimeSpan SlowParse = TimeSpan.FromSeconds(1);

    private static readonly JsonSerializerOptions Readable = new() { Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    [Fact]
    public void Corpus_AgreementWithMermaidPerCategory_IsAtLeastTheBaseline()
    {
        var cases = MermaidCorpus.Load();
        var baseline = JsonNode.Parse(File.ReadAllText(TestPaths.Data("mermaid-corpus", "baseline.json")))!.AsObject();
        var report = new StringBuilder();
        var failures = new List<string>();
        var disagreements = new StringBuilder();
        var today = new JsonObject();

        foreach (var category in cases.GroupBy(c => c.Category).OrderBy(g => g.Key, StringComparer.Ordinal))
        {
            var agreed = 0;
            foreach (var corpusCase in category)
            {
                var outcome = MermaidDifferential.Compare(corpusCase.Text, corpusCase.MermaidAnswer);
                if (outcome.Crash is not null)
                {
                    failures.Add($"{corpusCase.Id} crashes the parser: {outcome.Crash}\n{corpusCase.Text}");
                }
                else if (outcome.Elapsed > SlowParse)
                {
                    failures.Add($"{corpusCase.Id} took {outcome.Elapsed.TotalMilliseconds:0} ms to parse (bound {SlowParse.TotalMilliseconds:0} ms)");
                }

                if (outcome.Agrees)
                {
                    agreed++;
                }
                else if (outcome.Crash is null)
                {
                    disagreements.Append(CultureInfo.InvariantCulture, $"{corpusCase.Id} {JsonSerializer.Serialize(corpusCase.Text, Readable)}\n    {string.Join("\n    ", outcome.Differences)}\n");
                }
            }

            var total = category.Count();
            var floor = (int?)baseline[category.Key];
            today[category.Key] = agreed;
            report.Append(CultureInfo.InvariantCulture, $"{category.Key,-14} {agreed,4} / {total,-4} {100.0 * agreed / total,6:0.0}%   baseline {floor?.ToString(CultureInfo.InvariantCulture) ?? "none"}\n");
            if (floor is null)
            {
                failures.Add($"baseline.json has no entry for the category '{category.Key}'; add \"{category.Key}\": {agreed}");
            }
            else if (agreed < floor)
            {
                failures.Add($"{category.Key}: {agreed} of {total} agree with mermaid, fewer than the baseline {floor}");
            }
        }

        var agreedInAll = today.Sum(c => (int)c.Value!);
        report.Append(CultureInfo.InvariantCulture, $"{"all",-14} {agreedInAll,4} / {cases.Count,-4} {100.0 * agreedInAll / cases.Count,6:0.0}%\n");
        report.Append(CultureInfo.InvariantCulture, $"today's numbers for baseline.json: {today.ToJsonString()}\n\ndisagreements:\n{disagreements}");
        TestContext.Current.TestOutputHelper?.WriteLine(report.ToString());
        Assert.True(failures.Count == 0, $"{string.Join("\n", failures)}\n\n{report}");
    }
}
