namespace TeamGraph.Core.Ingestion.Mermaid;

/// <summary>Node and edge statements: <c>A[x] &amp; B@{ shape: db } e1@--&gt;|label| C -.-&gt; D</c>.</summary>
internal sealed partial class MermaidStatementParser
{
    private bool _lastNodeHadData;

    private void ParseVertexChain(MermaidToken first)
    {
        var group = ParseNodeGroup(first);
        while (true)
        {
            var token = lexer.Peek();
            if (token.Kind == MermaidTokenKind.EdgeId && _lastNodeHadData && token.AfterSpace)
            {
                // Mermaid's grammar has no rule for blanks after a node's data block before an edge id; glued to the block it is fine.
                throw Error(token, $"unexpected '{token.Text}@' after a data block: mermaid takes no edge id there");
            }

            if (token.Kind is MermaidTokenKind.Newline or MermaidTokenKind.Semicolon or MermaidTokenKind.EndOfInput)
            {
                lexer.Next();
                return;
            }

            string? edgeId = null;
            if (token.Kind == MermaidTokenKind.EdgeId)
            {
                // Glued to a node it is fine where mermaid's LINK_ID rule did not already take the node into it (the lexer
                // follows that rule): after a data block (A@{ ... }e1@-->) or a shape with a blank in it (A[x y]e1@-->).
                edgeId = lexer.Next().Text;
                token = lexer.Peek();
                if (token.Kind is not (MermaidTokenKind.Link or MermaidTokenKind.LinkStart))
                {
                    throw Error(token, $"expected a link after the edge id '{edgeId}@', found {token.Describe()}");
                }
            }

            if (token.Kind is not (MermaidTokenKind.Link or MermaidTokenKind.LinkStart))
            {
                var last = group[^1];
                throw token.Kind == MermaidTokenKind.ShapeOpen && token.AfterSpace
                    ? Error(token, $"a shape must follow its node id without a space ('{last}{token.Text}...')")
                    : Error(token, $"expected a link, '&' or the end of the statement after node '{last}', found {token.Describe()}");
            }

            var (arrow, label, linkEnd) = ParseLink(lexer.Next());
            var target = lexer.Next();
            if (target.Kind != MermaidTokenKind.Identifier || target.Text == "end")
            {
                var linkText = linkEnd.Kind is MermaidTokenKind.LabelText or MermaidTokenKind.QuotedText ? $"{token.Text}|{linkEnd.Text}|" : linkEnd.Text;
                throw Error(target, $"expected a node id after '{linkText}', found {target.Describe()}");
            }

            var targets = ParseNodeGroup(target);
            foreach (var from in group)
            {
                foreach (var to in targets)
                {
                    // As in mermaid, of a fan-out only the edge from the last source to the first target takes the id.
                    var id = ReferenceEquals(from, group[^1]) && ReferenceEquals(to, targets[0]) ? edgeId : null;
                    chart.AddEdge(from, to, label, arrow, token, id);
                }
            }

            group = targets;
        }
    }

    private List<string> ParseNodeGroup(MermaidToken first)
    {
        var ids = new List<string> { ParseNode(first, out var data) };
        while (lexer.Peek().Kind == MermaidTokenKind.Ampersand)
        {
            lexer.Next();
            var next = lexer.Next();
            if (next.Kind != MermaidTokenKind.Identifier || next.Text == "end")
            {
                throw Error(next, $"expected a node id after '&', found {next.Describe()}");
            }

            ids.Add(ParseNode(next, out var nextData));

            // Mermaid's grammar applies a node's data block when it reduces the '&' after it, that is after the vertex that
            // follows: in 'A@{ shape: hex } & A(text)' the data block has the last word on the shape.
            data?.Apply();
            data = nextData;
        }

        data?.Apply();
        return ids;
    }

    private string ParseNode(MermaidToken id, out PendingNodeData? pendingData)
    {
        pendingData = null;
        _lastNodeHadData = false;
        var next = lexer.Peek();
        if (next.Kind == MermaidTokenKind.ShapeOpen && !next.AfterSpace)
        {
            var label = ReadLabel(lexer.Next(), out var closer);
            chart.AddNode(id, MermaidShapes.Resolve(next.Text, closer), label, MermaidShapes.TypeNameOf(next.Text));
        }
        else
        {
            chart.AddNode(id, MermaidNodeShape.None, null);
        }

        if (lexer.Peek().Kind == MermaidTokenKind.ClassSuffix)
        {
            chart.AddClass([id.Text], lexer.Next().Text[3..]);
        }

        var data = lexer.Peek();
        if (data.Kind == MermaidTokenKind.DataBlock)
        {
            if (data.AfterSpace)
            {
                throw Error(data, $"a data block must follow its node id without a space ('{id.Text}@{{ ... }}')");
            }

            pendingData = new PendingNodeData(chart, id, MermaidNodeData.Read(lexer.Next()), data);
            _lastNodeHadData = true;
        }

        return id.Text;
    }

    /// <summary>A node's data block, read and checked, waiting for the moment mermaid applies it.</summary>
    private sealed record PendingNodeData(MermaidFlowchartBuilder Chart, MermaidToken Id, MermaidNodeData Data, MermaidToken Block)
    {
        public void Apply() => Chart.ApplyNodeData(Id, Data, Block);
    }

    /// <summary>Reads the label and closer after a shape opener; the lexer guarantees they follow or throws.</summary>
    private string ReadLabel(MermaidToken opener, out string closer)
    {
        var label = lexer.Next();
        if (label.Kind is not (MermaidTokenKind.LabelText or MermaidTokenKind.QuotedText))
        {
            throw Error(label, $"expected a label after '{opener.Text}', found {label.Describe()}");
        }

        var close = lexer.Next();
        if (close.Kind != MermaidTokenKind.ShapeClose)
        {
            throw Error(close, $"expected the end of the label opened with '{opener.Text}', found {close.Describe()}");
        }

        closer = close.Text;
        return MermaidLabelText.FromMermaid(label.Text);
    }

    /// <summary>
    /// Reads a link and its label. <c>End</c> names the link in error messages: the link itself, the end of a labelled link,
    /// or the label between pipes.
    /// </summary>
    private (MermaidArrow Arrow, string? Label, MermaidToken End) ParseLink(MermaidToken link)
    {
        if (link.Kind == MermaidTokenKind.Link)
        {
            if (lexer.Peek().Kind != MermaidTokenKind.Pipe)
            {
                return (link.Arrow, null, link);
            }

            lexer.Next();
            var text = lexer.Next();
            Expect(lexer.Next(), MermaidTokenKind.Pipe, "'|' after the edge label");
            return (link.Arrow, MermaidLabelText.FromMermaid(text.Text), text);
        }

        var label = lexer.Next();
        var end = lexer.Next();
        if (end.Kind != MermaidTokenKind.LinkEnd)
        {
            throw Error(end, $"expected the end of the link opened with '{link.Text}', found {end.Describe()}");
        }

        return (LabelledLinkArrow(link, end), MermaidLabelText.FromMermaid(label.Text), end);
    }

    /// <summary>
    /// Mermaid's flowDb on a labelled link: the start (<c>--</c>, <c>&lt;==</c>, <c>x-.</c>) and the end must have the same
    /// stroke, and a head at the start must be the end's only head, which makes the link double-headed; otherwise mermaid
    /// keeps the edge with type and stroke <c>INVALID</c>, and so does the parser, with a warning.
    /// </summary>
    private MermaidArrow LabelledLinkArrow(MermaidToken start, MermaidToken end)
    {
        var (startStroke, startHead) = (start.Arrow.Stroke, start.Arrow.StartHead);
        var arrow = end.Arrow;
        if (startStroke == arrow.Stroke && startHead == MermaidArrowHead.None)
        {
            return arrow;
        }

        if (startStroke == arrow.Stroke && arrow.StartHead == MermaidArrowHead.None && arrow.EndHead == startHead)
        {
            return arrow with { StartHead = startHead };
        }

        chart.Warn(MermaidDiagnosticCodes.InvalidLink, end,
            $"the link '{start.Text} ... {end.Text}' has different heads or strokes at its two ends; mermaid draws it as an INVALID edge without heads");
        return new MermaidArrow(MermaidStroke.Invalid, startHead, arrow.EndHead, 1);
    }
}
