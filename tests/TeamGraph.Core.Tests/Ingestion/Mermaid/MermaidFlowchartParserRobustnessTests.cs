using System.Text;
using TeamGraph.Core.Cards;
using TeamGraph.Core.Diagnostics;
using TeamGraph.Core.Ingestion.Mermaid;

namespace TeamGraph.Core.Tests.Ingestion.Mermaid;

/// <summary>Hostile input: deep nesting, huge lines, huge fan-outs and random text. Each runs on a small stack, with a deadline.</summary>
public class MermaidFlowchartParserRobustnessTests
{
    private const int SmallStack = 256 * 1024;
    private static readonly TimeSpan Deadline = TimeSpan.FromSeconds(120); // a guard against hangs, not a speed goal

    [Fact]
    public void Parse_TenThousandNestedSubgraphs_ParsesWithoutDeepStack()
    {
        const int Depth = 10_000;
        var code = new StringBuilder("graph TB\n");
        for (var i = 0; i < Depth; i++)
        {
            code.Append("subgraph s").Append(i).Append("\nn").Append(i).Append('\n');
        }

        code.Append(string.Concat(Enumerable.Repeat("end\n", Depth)));
        var (chart, diagnostics) = ParseOnSmallStack(code.ToString());

        Assert.Empty(diagnostics);
        Assert.NotNull(chart);
        Assert.Equal(Depth, chart.Subgraphs.Count);
        var innermost = chart.Subgraphs[^1];
        Assert.Equal(("s9999", "s9998", "n9999"), (innermost.Id, innermost.ParentId, Assert.Single(innermost.NodeIds)));
        Assert.Null(chart.Subgraphs[0].ParentId);
    }

    [Fact]
    public void Parse_DeepNestingNeverClosed_ReportsTheInnermostOpening()
    {
        var code = "graph TB\n" + string.Concat(Enumerable.Range(0, 10_000).Select(i => $"subgraph s{i}\n"));

        var (chart, diagnostics) = ParseOnSmallStack(code);

        Assert.Null(chart);
        var error = Assert.Single(diagnostics);
        Assert.Equal((10_001, 1), (error.Line, error.Column));
        Assert.StartsWith("unclosed subgraph 's9999'", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Parse_HundredThousandCharacterLabel_KeepsItWhole()
    {
        var label = new string('x', 100_000);

        var (chart, diagnostics) = ParseOnSmallStack($"graph LR\nA[{label}] -->|{label}| B");

        Assert.Empty(diagnostics);
        Assert.Equal(label, chart!.Nodes[0].Label);
        Assert.Equal(label, chart.Edges[0].Label);
    }

    [Fact]
    public void Parse_ChainOnOneLineOfOverHundredThousandCharacters_GivesEveryHop()
    {
        const int Hops = 15_000;
        var line = string.Join(" --> ", Enumerable.Range(0, Hops + 1).Select(i => $"N{i}"));
        Assert.True(line.Length > 100_000);

        var (chart, diagnostics) = ParseOnSmallStack("graph LR\n" + line);

        Assert.Empty(diagnostics);
        Assert.Equal(Hops, chart!.Edges.Count);
        Assert.Equal(("N14999", "N15000", line.Length - 9), (chart.Edges[^1].From, chart.Edges[^1].To, chart.Edges[^1].Column));
    }

    [Theory]
    [InlineData('[')]
    [InlineData('-')]
    [InlineData('(')]
    [InlineData('|')]
    public void Parse_HundredThousandCharactersOfOnePunctuation_ReportsAnErrorQuickly(char c)
    {
        var (chart, diagnostics) = ParseOnSmallStack("graph LR\nA" + new string(c, 100_000));

        Assert.Null(chart);
        Assert.Equal(DiagnosticSeverity.Error, Assert.Single(diagnostics).Severity);
    }

    [Fact]
    public void Parse_HundredThousandQuotesGluedToAnId_ReadsOneIdAsMermaidDoes()
    {
        var (chart, diagnostics) = ParseOnSmallStack("graph LR\nA" + new string('"', 100_000));

        Assert.Empty(diagnostics);
        Assert.Equal(100_001, Assert.Single(chart!.Nodes).Id.Length);
    }

    [Fact]
    public void Parse_FanOutOfAMillionEdges_ReportsTooLarge()
    {
        var side = string.Join(" & ", Enumerable.Range(0, 1_000).Select(i => $"N{i}"));

        var (chart, diagnostics) = ParseOnSmallStack($"graph LR\n{side} --> {side.Replace('N', 'M')}");

        Assert.Null(chart);
        var error = Assert.Single(diagnostics);
        Assert.Equal((MermaidDiagnosticCodes.TooLarge, 2), (error.Code, error.Line));
    }

    [Fact]
    public void Parse_RandomText_NeverThrowsAndAlwaysAnswers()
    {
        string[] pieces =
        [
            "graph LR\n", "A", "B1", " ", "\n", ";", "-->", "---", "-.->", "==>", "~~~", "--", "-.", "==", "|", "&", "[", "]", "(", ")",
            "{", "}", "((", "))", "[/", "\\]", ">", "<", "o", "x", "\"", "`", "%%", "subgraph ", "end", "direction LR", ":::c",
            "classDef c fill:#f00", "Ж", "\t", "\r\n", ".", "-", "=", "text",
        ];
        var random = new Random(20240611);
        for (var run = 0; run < 3_000; run++)
        {
            var code = new StringBuilder(random.Next(2) == 0 ? "graph LR\n" : "");
            for (var i = random.Next(1, 40); i > 0; i--)
            {
                code.Append(pieces[random.Next(pieces.Length)]);
            }

            var text = code.ToString();
            var (chart, diagnostics) = ParseOnSmallStack(text, 7);

            var lastLine = 7 + text.Count(ch => ch == '\n');
            Assert.True(chart is null == (diagnostics.Count == 1), text);
            Assert.All(diagnostics, d => Assert.True(d.Line >= 7 && d.Line <= lastLine && d.Column >= 1, $"{d} for {text}"));
        }
    }

    private static (MermaidFlowchart? Chart, List<Diagnostic> Diagnostics) ParseOnSmallStack(string code, int firstLine = 1)
    {
        MermaidFlowchart? chart = null;
        var diagnostics = new List<Diagnostic>();
        Exception? failure = null;
        var thread = new Thread(
            () =>
            {
                try
                {
                    chart = new MermaidFlowchartParser().Parse(new MermaidBlock(code, firstLine, "big.md"), diagnostics);
                }
                catch (Exception e)
                {
                    failure = e;
                }
            },
            SmallStack);
        thread.Start();
        Assert.True(thread.Join(Deadline), "the parser did not finish in time");
        Assert.Null(failure);
        return (chart, diagnostics);
    }
}
