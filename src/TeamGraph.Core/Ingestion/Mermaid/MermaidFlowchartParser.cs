using TeamGraph.Core.Cards;
using TeamGraph.Core.Diagnostics;

namespace TeamGraph.Core.Ingestion.Mermaid;

/// <summary>
/// Parses mermaid flowcharts (<c>graph</c> / <c>flowchart</c>) the way mermaid 11 does: every classic node shape, node
/// data blocks (<c>A@{ shape: lean-r, label: "Input" }</c>) with mermaid's shape names, every link form with its stroke,
/// heads and length, edge ids and edge data, labels, chains, <c>&amp;</c> fan-out, subgraphs and their membership.
/// What a map says beyond vertices and edges (<c>classDef</c>, <c>class</c>, <c>style</c>, <c>linkStyle</c>,
/// <c>click</c>, <c>:::class</c>, accessibility) is kept on the chart, its nodes and its edges. Labels hold what mermaid's
/// model holds: its entity syntax turned into HTML entities, HTML sanitized as mermaid's DOMPurify step leaves it.
/// </summary>
/// <remarks>
/// What mermaid accepts but draws oddly (a labelled link whose two ends disagree) is kept and reported as a warning.
/// The parser stops at the first syntax error, reports it with its file line and column and returns
/// <see langword="null"/>; it never throws on bad input and uses no recursion, so any nesting depth or line length is safe.
/// A block that is not a flowchart gives a <see cref="MermaidDiagnosticCodes.NotFlowchart"/> warning.
/// </remarks>
public sealed class MermaidFlowchartParser : IMermaidFlowchartParser
{
    private static readonly string[] FlowchartKeywords = ["graph", "flowchart", "flowchart-elk"];

    /// <inheritdoc />
    public MermaidFlowchart? Parse(MermaidBlock block, ICollection<Diagnostic> diagnostics)
    {
        ArgumentNullException.ThrowIfNull(block);
        ArgumentNullException.ThrowIfNull(diagnostics);
        try
        {
            var lexer = new MermaidLexer(block.Code, block.FirstLine);
            var keyword = lexer.ReadDiagramKeyword();
            if (keyword.Kind == MermaidTokenKind.EndOfInput || Array.IndexOf(FlowchartKeywords, keyword.Text) < 0)
            {
                var what = keyword.Kind == MermaidTokenKind.EndOfInput ? "is empty" : $"is a '{keyword.Text}' diagram";
                diagnostics.Add(new Diagnostic(
                    DiagnosticSeverity.Warning,
                    MermaidDiagnosticCodes.NotFlowchart,
                    block.Path,
                    keyword.Line,
                    $"The mermaid block {what}, not a flowchart ('graph' or 'flowchart'); it is skipped.",
                    keyword.Column));
                return null;
            }

            var builder = new MermaidFlowchartBuilder(block.Path);
            var chart = new MermaidStatementParser(lexer, builder).Parse(keyword);
            foreach (var (code, at, message) in builder.Warnings)
            {
                diagnostics.Add(new Diagnostic(DiagnosticSeverity.Warning, code, block.Path, at.Line, message, at.Column));
            }

            return chart;
        }
        catch (MermaidSyntaxException error)
        {
            diagnostics.Add(new Diagnostic(DiagnosticSeverity.Error, error.Code, block.Path, error.Line, error.Message, error.Column));
            return null;
        }
    }
}
