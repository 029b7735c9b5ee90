using TeamGraph.Core.Diagnostics;

namespace TeamGraph.Core.Docs;

/// <summary>
/// Finds the diagram blocks of a Markdown document. A marker is an HTML comment alone on its line, indented at most
/// three spaces: <c>&lt;!-- teamgraph:diagram OPTIONS --&gt;</c> opens a block, <c>&lt;!-- /teamgraph --&gt;</c>
/// closes it. Markers inside fenced code blocks (outside a diagram block or inside one) are text, not markers, so
/// documents can show the syntax. Pure: text in, blocks and diagnostics out.
/// </summary>
public static class DiagramBlockScanner
{
    /// <summary>The keyword after <c>&lt;!--</c> that opens a block.</summary>
    public const string OpeningKeyword = "teamgraph:diagram";

    /// <summary>The keyword of the closing marker.</summary>
    public const string ClosingKeyword = "/teamgraph";

    /// <summary>The closing marker as it is written.</summary>
    public const string ClosingMarker = "<!-- /teamgraph -->";

    /// <summary>Scans <paramref name="text"/>; <paramref name="path"/> only names the document in diagnostics.</summary>
    public static DiagramBlockScan Scan(string path, string text)
    {
        var blocks = new List<DiagramBlock>();
        var diagnostics = new List<Diagnostic>();
        CodeFence? fence = null;
        OpenBlock? open = null;
        foreach (var line in MarkdownLine.Split(text))
        {
            if (fence is not null)
            {
                fence = fence.IsClosedBy(line.Text) ? null : fence;
                continue;
            }

            if (CodeFence.Opening(line.Text) is { } opening)
            {
                fence = opening;
                continue;
            }

            switch (DiagramMarker.Read(line.Text))
            {
                case DiagramMarker.Opening marker:
                    if (open is not null)
                    {
                        diagnostics.Add(Error(DocsDiagnosticCodes.NestedBlock, path, line,
                            $"A diagram block opens inside the block opened at line {open.Line.Number}; close that one with {ClosingMarker} first."));
                    }

                    open = new OpenBlock(line, marker);
                    break;
                case DiagramMarker.Closing when open is null:
                    diagnostics.Add(Error(DocsDiagnosticCodes.UnopenedBlock, path, line, $"{ClosingMarker} closes no diagram block."));
                    break;
                case DiagramMarker.Closing:
                    blocks.Add(new DiagramBlock(open.Line.Number, open.Marker.OptionsText, open.Marker.Arguments, open.Line.End,
                        text[open.Line.End..line.Start], open.Line.Ending));
                    open = null;
                    break;
                case DiagramMarker.Malformed malformed:
                    diagnostics.Add(Error(DocsDiagnosticCodes.MalformedMarker, path, line, malformed.Reason));
                    break;
            }
        }

        if (open is not null)
        {
            var reason = fence is null ? "" : " (a code fence inside it is not closed)";
            diagnostics.Add(Error(DocsDiagnosticCodes.UnclosedBlock, path, open.Line,
                $"The diagram block is not closed with {ClosingMarker}{reason}."));
        }

        return new DiagramBlockScan(blocks, diagnostics);
    }

    private static Diagnostic Error(string code, string path, MarkdownLine line, string message) =>
        new(DiagnosticSeverity.Error, code, path, line.Number, message);

    private sealed record OpenBlock(MarkdownLine Line, DiagramMarker.Opening Marker);
}
