using System.Diagnostics;
using System.Text.Json.Nodes;
using TeamGraph.Core.Cards;
using TeamGraph.Core.Diagnostics;
using TeamGraph.Core.Ingestion.Mermaid;

namespace TeamGraph.Core.Tests.Ingestion.Mermaid.Differential;

/// <summary>
/// Parses one flowchart with TeamGraph's <see cref="MermaidFlowchartParser"/> and compares it with mermaid's answer
/// for the same text, both reduced to <see cref="MermaidParseNormalForm"/>. An exception out of the parser is a crash,
/// kept apart from a disagreement; the parse is timed so a slow input can be reported.
/// </summary>
internal static class MermaidDifferential
{
    private static readonly MermaidFlowchartParser Parser = new();

    public static MermaidDifferentialOutcome Compare(string text, JsonObject mermaidAnswer)
    {
        var diagnostics = new List<Diagnostic>();
        var clock = Stopwatch.StartNew();
        MermaidFlowchart? chart;
        try
        {
            chart = Parser.Parse(new MermaidBlock(text, 1, "corpus.md"), diagnostics);
        }
        catch (Exception crash)
        {
            return new MermaidDifferentialOutcome([], crash, clock.Elapsed);
        }

        var elapsed = clock.Elapsed;
        var ours = chart is null
            ? MermaidParseNormalForm.Rejected(string.Join("; ", diagnostics.Select(d => $"{d.Line}:{d.Column} {d.Message}")))
            : MermaidParseNormalForm.FromTeamGraph(chart);
        return new MermaidDifferentialOutcome([.. ours.DifferencesFrom(MermaidParseNormalForm.FromOracle(mermaidAnswer))], null, elapsed);
    }
}
