using System.Text.Json;
using TeamGraph.Core.Ingestion.Mermaid.Html;

namespace TeamGraph.Core.Tests.Ingestion.Mermaid.Html;

public sealed class HtmlLabelSanitizerTests
{
    /// <summary>Labels with DOMPurify's answers, recorded by <c>tests/data/html-labels/record-answers.mjs</c>.</summary>
    public static TheoryData<string, string> DomPurifyAnswers()
    {
        var data = new TheoryData<string, string>();
        foreach (var line in File.ReadLines(TestPaths.Data("html-labels", "dompurify-answers.jsonl")))
        {
            var pair = JsonSerializer.Deserialize<string[]>(line)!;
            data.Add(pair[0], pair[1]);
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(DomPurifyAnswers))]
    public void Sanitize_Label_ReadsAsDomPurifyLeavesIt(string label, string sanitized) =>
        Assert.Equal(HtmlCharacterReferences.Decode(sanitized), HtmlCharacterReferences.Decode(HtmlLabelSanitizer.Sanitize(label)));

    [Fact]
    public void Sanitize_LabelWithoutMarkup_IsReturnedAsWritten()
    {
        const string label = "1 &amp; 2 > 1";
        Assert.Same(label, HtmlLabelSanitizer.Sanitize(label));
    }

    [Fact]
    public void Sanitize_DeeplyNestedTags_StaysLinear()
    {
        var label = string.Concat(Enumerable.Repeat("<span><b>", 20_000)) + string.Concat(Enumerable.Repeat("</i>x", 20_000));
        var watch = System.Diagnostics.Stopwatch.StartNew();
        _ = HtmlLabelSanitizer.Sanitize(label);
        Assert.True(watch.Elapsed < TimeSpan.FromSeconds(1), $"{watch.Elapsed.TotalMilliseconds} ms");
    }
}
