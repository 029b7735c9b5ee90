using System.Globalization;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace TeamGraph.Core.Tests.Ingestion.Mermaid.Differential;

/// <summary>
/// TeamGraph's flowchart parser against mermaid 11's own answers on the corpus of <c>tests/data/mermaid-corpus</c>
/// (issue #12): every chart must agree with mermaid, except the ids in <see cref="KnownExceptions"/> (each explained in
/// the corpus README), which must still disagree so the list cannot go stale. <c>baseline.json</c> holds each
/// category's full count and is checked too, so a chart added to the corpus without its answer shows up. The test
/// prints agreement per category and every disagreement, and fails on any crash or any parse slower than
/// <see cref="SlowParse"/>.
/// </summary>
public sealed class MermaidCorpusDifferentialTests
{
    /// <summary>Generous for inputs of a few lines on a busy machine: a parse takes well under a millisecond.</summary>
    private static readonly TimeSpan SlowParse = TimeSpan.FromSeconds(1);

    /// <summary>Charts where TeamGraph knowingly parts from mermaid; the corpus README says why for each. None today.</summary>
    private static readonly HashSet<string> KnownExceptions = new(StringComparer.Ordinal);

    private static readonly JsonSerializerOptions Readable = new() { Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    [Fact]
    public void Corpus_EveryChart_AgreesWithMermaid()
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
                    if (KnownExceptions.Contains(corpusCase.Id))
                    {
                        failures.Add($"{corpusCase.Id} is a known exception but now agrees with mermaid; take it off the list and the README");
                    }
                }
                else if (outcome.Crash is null)
                {
                    disagreements.Append(CultureInfo.InvariantCulture, $"{corpusCase.Id} {JsonSerializer.Serialize(corpusCase.Text, Readable)}\n    {string.Join("\n    ", outcome.Differences)}\n");
                    if (!KnownExceptions.Contains(corpusCase.Id))
                    {
                        failures.Add($"{corpusCase.Id} disagrees with mermaid: {outcome.Differences[0]}");
                    }
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
            else if (floor != total)
            {
                failures.Add($"baseline.json says {floor} charts for '{category.Key}', the corpus has {total}; regenerate the answers and set it to {total}");
            }
        }

        var agreedInAll = today.Sum(c => (int)c.Value!);
        report.Append(CultureInfo.InvariantCulture, $"{"all",-14} {agreedInAll,4} / {cases.Count,-4} {100.0 * agreedInAll / cases.Count,6:0.0}%\n");
        report.Append(CultureInfo.InvariantCulture, $"today's numbers for baseline.json: {today.ToJsonString()}\n\ndisagreements:\n{disagreements}");
        TestContext.Current.TestOutputHelper?.WriteLine(report.ToString());
        Assert.True(failures.Count == 0, $"{string.Join("\n", failures)}\n\n{report}");
    }
}
