using System.Globalization;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using CsCheck;

namespace TeamGraph.Core.Tests.Ingestion.Mermaid.Differential;

/// <summary>
/// Random flowcharts (<see cref="MermaidFlowchartGen"/>, valid and broken) parsed by TeamGraph and by mermaid 11, all
/// of them in one node process (<c>mermaid-flow.mjs --jsonl</c>; needs <c>TEAMGRAPH_CHECKS_DIR</c>, skipped
/// otherwise). Parity is issue #12's work in progress, so the agreement rate is printed, not asserted; a crash or a
/// parse slower than a second fails. <c>TEAMGRAPH_MERMAID_CHARTS</c> sets how many charts (default 2,000).
/// </summary>
public sealed class MermaidGeneratedDifferentialTests : IDisposable
{
    private static readonly long Charts =
        long.TryParse(Environment.GetEnvironmentVariable("TEAMGRAPH_MERMAID_CHARTS"), NumberStyles.None, CultureInfo.InvariantCulture, out var charts) ? charts : 2_000;

    private static readonly TimeSpan SlowParse = TimeSpan.FromSeconds(1);

    private static readonly JsonSerializerOptions Readable = new() { Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    private readonly string _folder = Directory.CreateTempSubdirectory("teamgraph-mermaid-differential-").FullName;

    [Fact]
    public void GeneratedFlowcharts_ComparedWithMermaid_NeverCrashAndReportTheAgreementRate()
    {
        var script = ReferenceChecks.Script("mermaid-flow.mjs");
        var generated = new List<(string Text, bool Broken)>();
        MermaidFlowchartGen.Chart.Sample(chart => generated.Add(chart), iter: Charts, threads: 1);
        var input = Path.Combine(_folder, "charts.jsonl");
        File.WriteAllLines(input, generated.Select((c, i) => JsonSerializer.Serialize(new { id = i.ToString(CultureInfo.InvariantCulture), text = c.Text })));

        var oracle = ExternalTool.Run("bash", "install bash", "-c", $"node \"{script}\" --jsonl --decode-html < \"{input}\"");

        Assert.True(oracle.ExitCode == 0, oracle.ToString());
        var answers = oracle.Stdout.Split('\n', StringSplitOptions.RemoveEmptyEntries)
            .Select(line => JsonNode.Parse(line)!.AsObject())
            .ToDictionary(answer => int.Parse((string)answer["id"]!, CultureInfo.InvariantCulture));
        var failures = new List<string>();
        var classes = new Dictionary<string, int>();
        var examples = new StringBuilder();
        var (agreedValid, agreedBroken) = (0, 0);
        for (var i = 0; i < generated.Count; i++)
        {
            var (text, broken) = generated[i];
            var outcome = MermaidDifferential.Compare(text, answers[i]);
            if (outcome.Crash is not null)
            {
                failures.Add($"the parser crashes on {JsonSerializer.Serialize(text, Readable)}: {outcome.Crash}");
            }
            else if (outcome.Elapsed > SlowParse)
            {
                failures.Add($"{outcome.Elapsed.TotalMilliseconds:0} ms to parse {JsonSerializer.Serialize(text, Readable)}");
            }
            else if (outcome.Agrees)
            {
                _ = broken ? agreedBroken++ : agreedValid++;
            }
            else
            {
                var kind = DisagreementClass(outcome.Differences[0]);
                classes[kind] = classes.GetValueOrDefault(kind) + 1;
                if (classes[kind] <= 3)
                {
                    examples.Append(CultureInfo.InvariantCulture, $"{JsonSerializer.Serialize(text, Readable)}\n    {string.Join("\n    ", outcome.Differences)}\n");
                }
            }
        }

        var brokenCount = generated.Count(c => c.Broken);
        var validCount = generated.Count - brokenCount;
        var report = new StringBuilder()
            .Append(CultureInfo.InvariantCulture, $"generated {generated.Count} charts: {agreedValid + agreedBroken} agree with mermaid ({100.0 * (agreedValid + agreedBroken) / generated.Count:0.0}%)\n")
            .Append(CultureInfo.InvariantCulture, $"  valid-by-construction {agreedValid} / {validCount}, broken {agreedBroken} / {brokenCount}\n")
            .Append(CultureInfo.InvariantCulture, $"disagreement classes (first difference): {string.Join(", ", classes.OrderByDescending(c => c.Value).Select(c => $"{c.Key} {c.Value}"))}\n")
            .Append(CultureInfo.InvariantCulture, $"examples (three per class):\n{examples}");
        TestContext.Current.TestOutputHelper?.WriteLine(report.ToString());
        Assert.True(failures.Count == 0, $"{failures.Count} failures:\n{string.Join("\n", failures.Take(10))}\n\n{report}");
    }

    public void Dispose() => Directory.Delete(_folder, recursive: true);

    private static string DisagreementClass(string difference) =>
        difference.StartsWith("mermaid rejects", StringComparison.Ordinal) ? "accepted-but-mermaid-rejects"
        : difference.StartsWith("TeamGraph rejects", StringComparison.Ordinal) ? "rejected-but-mermaid-accepts"
        : difference[..difference.IndexOf(':', StringComparison.Ordinal)];
}
