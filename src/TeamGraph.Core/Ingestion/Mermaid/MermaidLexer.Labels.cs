namespace TeamGraph.Core.Ingestion.Mermaid;

/// <summary>
/// Label modes: the text inside a shape, between <c>--</c> and <c>--&gt;</c>, or between pipes. Brackets and arrows are
/// text here; quoted labels may hold anything but a double quote.
/// </summary>
internal sealed partial class MermaidLexer
{
    private const string Structural = "[](){}|\"";

    // Inside the slanted shapes ([/ ... /], [\ ... \] and their mixes) mermaid's lexer takes '|' and '"' as text.
    private const string SlantedStructural = "[](){}";

    // Inside an ellipse (-...-) it takes '|' as text.
    private const string EllipseStructural = "[](){}\"";

    private MermaidToken ScanQuoted(bool afterSpace)
    {
        var (text, end) = QuotedTextAt();
        return EmitText(MermaidTokenKind.QuotedText, text, end, afterSpace);
    }

    /// <summary>The text of the double-quoted string that opens at the current position, and the index past its closing quote.</summary>
    private (string Text, int End) QuotedTextAt()
    {
        var close = _code.IndexOf('"', _pos + 1);
        if (close < 0)
        {
            throw ErrorHere("unclosed double quote");
        }

        var text = _code[(_pos + 1)..close];
        if (text.Length >= 2 && text[0] == '`' && text[^1] == '`')
        {
            // A markdown string ("`**bold**`"): mermaid keeps the markdown and drops the backticks.
            text = text[1..^1];
        }

        return (text, close + 1);
    }

    /// <summary>
    /// A label that opens with a string. Mermaid's label grammar lets plain text follow the string and joins the two
    /// (<c>A["t" x]</c> is "t x"), so the text up to <paramref name="end"/> belongs to the label.
    /// </summary>
    private MermaidToken EmitQuotedLabel(string quoted, int quoteEnd, int end, bool afterSpace) =>
        _code.AsSpan(quoteEnd, end - quoteEnd).IsWhiteSpace()
            ? EmitText(MermaidTokenKind.QuotedText, quoted, quoteEnd, afterSpace)
            : EmitText(MermaidTokenKind.QuotedText, string.Concat(quoted, _code.AsSpan(quoteEnd, end - quoteEnd)), end, afterSpace);

    private MermaidToken ScanShapeLabel()
    {
        if (_opening.Text == "[|")
        {
            SkipRectangleProperty();
        }

        var afterSpace = SkipBlanks();
        _mode = MermaidLexerMode.ShapeClose;
        var (quoted, quoteEnd) = CharAt(_pos) == '"' ? QuotedTextAt() : (null, _pos);
        var structural = _opening.Text switch { "[/" or "[\\" => SlantedStructural, "(-" => EllipseStructural, _ => Structural };
        for (var p = quoteEnd; ; p++)
        {
            // Mermaid's label text runs over line breaks, so only the end of the block leaves a label unclosed.
            if (p >= _code.Length)
            {
                throw ErrorAt(_opening, $"unclosed '{_opening.Text}' (expected '{_closers[0]}')");
            }

            if (CloserAt(p) is not null)
            {
                return quoted is null ? EmitLabel(p, afterSpace) : EmitQuotedLabel(quoted, quoteEnd, p, afterSpace);
            }

            if (structural.Contains(_code[p], StringComparison.Ordinal))
            {
                AdvanceTo(p);
                throw ErrorHere($"unexpected '{_code[p]}' inside the label opened with '{_opening.Text}'; put the label in double quotes to use it as text");
            }
        }
    }

    /// <summary>
    /// The one <c>field:value|</c> property of a rectangle with properties, <c>B[|borders:lt|text]</c>, as mermaid's grammar
    /// has it (two node strings around a colon, then a pipe). Mermaid keeps it for drawing; the graph does not need it.
    /// </summary>
    private void SkipRectangleProperty()
    {
        var colon = ScanPropertyWord(_pos);
        if (colon == _pos || CharAt(colon) != ':')
        {
            throw ErrorHere("expected 'field:value|' after '[|', as in 'B[|borders:lt|text]'");
        }

        var pipe = ScanPropertyWord(colon + 1);
        if (pipe == colon + 1 || CharAt(pipe) != '|')
        {
            AdvanceTo(colon + 1);
            throw ErrorHere("expected 'value|' after the ':' of the rectangle's property, as in 'B[|borders:lt|text]'");
        }

        AdvanceTo(pipe + 1);
    }

    /// <summary>A word of mermaid's node-string token, which goes on through a quote glued to it (<c>border"s</c>).</summary>
    private int ScanPropertyWord(int start)
    {
        // The word must start mermaid's node-string token, which a digit, '#', '&' or '*' does not (they are tokens of their own).
        if (!ContinuesNodeString(CharAt(start), inNodeString: false, atStart: true) && CharAt(start) != 'v')
        {
            return start;
        }

        var p = start;
        while (IsWordChar(CharAt(p)) || (CharAt(p) is not ('\0' or '=') && ContinuesNodeString(CharAt(p), inNodeString: true, atStart: false))
            || (p > start && CharAt(p) == '"'))
        {
            p++;
        }

        return p;
    }

    /// <summary>The closer of the open label that stands at <paramref name="p"/>, or <see langword="null"/>.</summary>
    private string? CloserAt(int p)
    {
        var c = CharAt(p);
        foreach (var closer in _closers)
        {
            if (closer[0] == c && string.CompareOrdinal(_code, p, closer, 0, closer.Length) == 0)
            {
                return closer;
            }
        }

        return null;
    }

    private MermaidToken ScanShapeClose()
    {
        var afterSpace = SkipBlanks();
        var closer = CloserAt(_pos);
        if (closer is null)
        {
            throw ErrorHere($"expected '{_closers[0]}' to close the label opened with '{_opening.Text}' at line {_opening.Line}, column {_opening.Column}, found {Describe(_pos)}");
        }

        _mode = MermaidLexerMode.Statement;
        return Emit(MermaidTokenKind.ShapeClose, _pos + closer.Length, afterSpace);
    }

    private MermaidToken ScanEdgeLabel()
    {
        var afterSpace = SkipBlanks();
        _mode = MermaidLexerMode.EdgeLabelEnd;
        var (quoted, quoteEnd) = CharAt(_pos) == '"' ? QuotedTextAt() : (null, _pos);
        var p = quoteEnd;
        while (p < _code.Length)
        {
            if (MatchLinkEnd(p, _edgeStroke, out _, out var skipTo) >= 0)
            {
                // Mermaid's closing dotted link may start with a dash ('-.-&gt;'), and any closing link with a head
                // character glued to it ('Go--&gt;' ends with 'o--&gt;').
                var end = _edgeStroke == MermaidStroke.Dotted && p > _pos && _code[p - 1] == '-' ? p - 1 : p;
                end = end > _pos && IsLinkHeadChar(_code[end - 1]) ? end - 1 : end;
                if (quoted is not null)
                {
                    return EmitQuotedLabel(quoted, quoteEnd, end, afterSpace);
                }

                if (end == _pos)
                {
                    throw ErrorHere($"expected the edge label after '{_opening.Text}', found '{_code[p..skipTo]}'");
                }

                return EmitLabel(end, afterSpace);
            }

            if (_code[p] == '"')
            {
                // Mermaid's string state opens at any quote, and its grammar takes a string only as the whole edge label.
                AdvanceTo(p);
                throw ErrorHere($"unexpected '\"' inside the edge label opened with '{_opening.Text}'; quote the whole label to use it as text");
            }

            if ((_edgeStroke == MermaidStroke.Dotted && _code[p] == '.') || (_edgeStroke == MermaidStroke.Thick && _code[p] == '='))
            {
                // Mermaid 11's dotted edge text takes no '.' but the one that starts its closing link, and its thick edge
                // text no '=' (their lexer rules' look-ahead for a second one never lets a single one through).
                AdvanceTo(p);
                throw ErrorHere($"unexpected '{_code[p]}' inside the edge label opened with '{_opening.Text}'; put the label in double quotes to use it as text");
            }

            if (_edgeStroke != MermaidStroke.Dotted && skipTo - p >= 2)
            {
                // Mermaid's edge-text lexer takes a '-' (or '=') only when no second one follows, so a '--' or '==' that
                // does not end the link is a lexical error there.
                AdvanceTo(p);
                throw ErrorHere($"unexpected '{_code[p..skipTo]}' inside the edge label opened with '{_opening.Text}'; put the label in double quotes to use it as text");
            }

            p = skipTo;
        }

        var example = _edgeStroke switch { MermaidStroke.Thick => "==>", MermaidStroke.Dotted => ".->", _ => "-->" };
        throw ErrorAt(_opening, $"unclosed edge label after '{_opening.Text}' (expected a link such as '{example}')");
    }

    private MermaidToken ScanEdgeLabelEnd()
    {
        var afterSpace = SkipBlanks();
        var start = _pos;
        var head = IsLinkHeadChar(CharAt(start)) ? CharAt(start++) : '\0';
        if (_edgeStroke == MermaidStroke.Dotted && CharAt(start) == '-')
        {
            start++;
        }

        var end = MatchLinkEnd(start, _edgeStroke, out var arrow, out _);
        if (head != '\0' && end >= 0)
        {
            arrow = WithGluedHead(arrow, head);
        }

        if (end < 0)
        {
            throw ErrorHere($"expected the end of the link opened with '{_opening.Text}' after its label, found {Describe(_pos)}");
        }

        _mode = MermaidLexerMode.Statement;
        return Emit(MermaidTokenKind.LinkEnd, end, afterSpace, arrow);
    }

    private static bool IsLinkHeadChar(char c) => c is 'x' or 'o' or '<';

    /// <summary>
    /// The closing link of a labelled edge with a head character in front (<c>o--&gt;</c>), read as mermaid's flowDb reads
    /// it: the same head on both ends of the closing link makes it double-headed; any other counts as one more stroke
    /// character, so the link is one longer (dotted links take their length from the dots) and, unless dotted, normal, since
    /// its line no longer starts with '=' (after '==' that makes the link invalid).
    /// </summary>
    private static MermaidArrow WithGluedHead(MermaidArrow arrow, char head)
    {
        var start = head switch { 'x' => MermaidArrowHead.Cross, 'o' => MermaidArrowHead.Circle, _ => MermaidArrowHead.Arrow };
        if (start == arrow.EndHead)
        {
            return arrow with { StartHead = start };
        }

        return arrow.Stroke == MermaidStroke.Dotted ? arrow : arrow with { Stroke = MermaidStroke.Normal, Length = arrow.Length + 1 };
    }

    private MermaidToken ScanPipeLabel()
    {
        var afterSpace = SkipBlanks();
        _mode = MermaidLexerMode.PipeClose;
        var (quoted, quoteEnd) = CharAt(_pos) == '"' ? QuotedTextAt() : (null, _pos);
        var p = quoteEnd;
        while (p < _code.Length && _code[p] != '|')
        {
            if (Structural.Contains(_code[p], StringComparison.Ordinal))
            {
                AdvanceTo(p);
                throw ErrorHere($"unexpected '{_code[p]}' inside the edge label opened with '|'; put the label in double quotes to use it as text");
            }

            p++;
        }

        if (CharAt(p) != '|')
        {
            throw ErrorAt(_opening, "unclosed edge label after '|' (expected a closing '|')");
        }

        return quoted is null ? EmitLabel(p, afterSpace) : EmitQuotedLabel(quoted, quoteEnd, p, afterSpace);
    }

    private MermaidToken ScanPipeClose()
    {
        var afterSpace = SkipBlanks();
        if (CharAt(_pos) != '|')
        {
            throw ErrorHere($"expected '|' to close the edge label, found {Describe(_pos)}");
        }

        _mode = MermaidLexerMode.Statement;
        return Emit(MermaidTokenKind.Pipe, _pos + 1, afterSpace);
    }

    /// <summary>Mermaid needs at least one character of text but trims it, so <c>A[ ]</c> is a node with empty text.</summary>
    private MermaidToken EmitLabel(int end, bool afterSpace)
    {
        if (end == _pos && !afterSpace)
        {
            throw ErrorHere("a label cannot be empty");
        }

        var text = _code[_pos..end].Trim();

        return EmitText(MermaidTokenKind.LabelText, text, end, afterSpace);
    }

    private string Describe(int index) => index >= _code.Length ? "the end of the block"
        : _code[index] == '\n' ? "the end of the line"
        : $"'{_code[index]}'";
}
