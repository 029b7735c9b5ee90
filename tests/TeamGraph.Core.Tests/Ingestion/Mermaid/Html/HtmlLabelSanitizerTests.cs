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
        // Twice the nesting costs about twice the memory, not four times: no step re-walks the open elements (measured
        // in bytes allocated, which do not depend on the machine's load, rather than in time).
        var small = AllocatedBytes(20_000);
        var large = AllocatedBytes(40_000);

        Assert.True(large < 3 * small, $"{small:N0} bytes for 20,000 nested tags, {large:N0} for 40,000");
    }

    private static long AllocatedBytes(int depth)
    {
        var label = string.Concat(Enumerable.Repeat("<span><b>", depth)) + string.Concat(Enumerable.Repeat("</i>x", depth));
        var before = GC.GetAllocatedBytesForCurrentThread();
        _ = HtmlLabelSanitizer.Sanitize(label);
        return GC.GetAllocatedBytesForCurrentThread() - before;
    }
}
