namespace TeamGraph.Core.Ingestion.Mermaid;

/// <summary>
/// Links: <c>--&gt;</c>, <c>---</c>, <c>-.-&gt;</c>, <c>==&gt;</c>, <c>~~~</c>, with <c>o</c>/<c>x</c>/<c>&lt;</c> heads and
/// any length, and the starts of labelled links (<c>--</c>, <c>==</c>, <c>-.</c>). Lengths follow mermaid: the line
/// without its heads, less one; for dotted links the number of dots.
/// </summary>
internal sealed partial class MermaidLexer
{
    private bool TryScanLink(bool afterSpace, out MermaidToken token)
    {
        token = default;
        var p = _pos;
        var startHead = MermaidArrowHead.None;
        var first = _code[p];
        if (first == '<')
        {
            startHead = MermaidArrowHead.Arrow;
            p++;
        }
        else if (first is 'o' or 'x' && StartsLinkBody(p + 1))
        {
            // Mermaid's link tokens come before its ids: "o--" is a link wherever a token starts, so one that comes where
            // a node belongs (after ';', '&' or another link) fails there. "A --> x", with no link after it, is an id.
            if (!AfterNode)
            {
                var end = p + 1;
                while (CharAt(end) is '-' or '=' or '.' or '>')
                {
                    end++;
                }

                throw ErrorHere($"'{_code[_pos..end]}' reads as a link with an '{first}' head, where a node should come; put a blank after the id '{first}'");
            }

            startHead = first == 'o' ? MermaidArrowHead.Circle : MermaidArrowHead.Cross;
            p++;
        }

        var body = CharAt(p);
        if (body == '~')
        {
            token = ScanInvisibleLink(p, startHead, afterSpace);
            return true;
        }

        if (body == '-' && CharAt(p + 1) == '.')
        {
            token = ScanDottedLink(p + 1, startHead, afterSpace);
            return true;
        }

        if (body == '.' && (afterSpace || startHead != MermaidArrowHead.None) && CharAt(RunEnd(p, '.')) == '-')
        {
            // Mermaid's dotted link is [xo<]?-?\.+-[xo>]?: the first dash may be left out ('A <.-> B', 'A .-> B').
            token = ScanDottedLink(p, startHead, afterSpace);
            return true;
        }

        if (body is '-' or '=' && CharAt(p + 1) == body)
        {
            token = ScanSolidLink(p, body, startHead, afterSpace);
            return true;
        }

        if (startHead != MermaidArrowHead.None || (body == '-' && CharAt(p + 1) == '>'))
        {
            throw ErrorHere($"'{_code[_pos..Math.Min(p + 2, _code.Length)]}' is not a link; write one such as '-->', '<-->' or '-.->'");
        }

        return false;
    }

    private bool StartsLinkBody(int index) =>
        (CharAt(index), CharAt(index + 1)) is ('-', '-') or ('=', '=') or ('-', '.') or ('.', '-') or ('.', '.');

    private static MermaidArrowHead HeadOf(char c) => c switch
    {
        '>' => MermaidArrowHead.Arrow,
        'o' => MermaidArrowHead.Circle,
        'x' => MermaidArrowHead.Cross,
        _ => MermaidArrowHead.None,
    };

    private MermaidToken ScanSolidLink(int p, char body, MermaidArrowHead startHead, bool afterSpace)
    {
        var stroke = body == '=' ? MermaidStroke.Thick : MermaidStroke.Normal;
        var runEnd = RunEnd(p, body);
        var run = runEnd - p;
        var endHead = HeadOf(CharAt(runEnd));
        if (endHead != MermaidArrowHead.None)
        {
            return EmitLink(runEnd + 1, new MermaidArrow(stroke, startHead, endHead, run - 1), afterSpace);
        }

        if (run >= 3)
        {
            return EmitLink(runEnd, new MermaidArrow(stroke, startHead, endHead, run - 2), afterSpace);
        }

        return EmitLinkStart(runEnd, stroke, startHead, afterSpace);
    }

    private MermaidToken ScanDottedLink(int dotsStart, MermaidArrowHead startHead, bool afterSpace)
    {
        var dotsEnd = RunEnd(dotsStart, '.');
        var dots = dotsEnd - dotsStart;
        if (CharAt(dotsEnd) == '-')
        {
            var endHead = HeadOf(CharAt(dotsEnd + 1));
            var end = dotsEnd + 1 + (endHead == MermaidArrowHead.None ? 0 : 1);
            return EmitLink(end, new MermaidArrow(MermaidStroke.Dotted, startHead, endHead, dots), afterSpace);
        }

        if (dots == 1)
        {
            return EmitLinkStart(dotsEnd, MermaidStroke.Dotted, startHead, afterSpace);
        }

        throw ErrorHere($"incomplete dotted link '{_code[_pos..dotsEnd]}'; end it with '-' or '->'");
    }

    private MermaidToken ScanInvisibleLink(int p, MermaidArrowHead startHead, bool afterSpace)
    {
        var runEnd = RunEnd(p, '~');
        if (runEnd - p < 3 || startHead != MermaidArrowHead.None)
        {
            throw ErrorHere($"'{_code[_pos..runEnd]}' is not a link; an invisible link is '~~~' with no heads");
        }

        return EmitLink(runEnd, new MermaidArrow(MermaidStroke.Invisible, startHead, MermaidArrowHead.None, runEnd - p - 2), afterSpace);
    }

    private int RunEnd(int index, char c)
    {
        while (index < _code.Length && _code[index] == c)
        {
            index++;
        }

        return index;
    }

    /// <summary>
    /// A link whose two heads differ (<c>&lt;-.-</c>, <c>x--&gt;</c>) is not refused by mermaid: its flowDb keeps the end head
    /// only and counts the start head as one more stroke character, so the line is one longer and, unless dotted (where the
    /// dots give the length), normal whatever it was drawn with.
    /// </summary>
    private MermaidToken EmitLink(int end, MermaidArrow arrow, bool afterSpace)
    {
        if (arrow.StartHead != MermaidArrowHead.None && arrow.StartHead != arrow.EndHead)
        {
            arrow = arrow.Stroke == MermaidStroke.Dotted
                ? arrow with { StartHead = MermaidArrowHead.None }
                : arrow with { StartHead = MermaidArrowHead.None, Stroke = MermaidStroke.Normal, Length = arrow.Length + 1 };
        }

        return Emit(MermaidTokenKind.Link, end, afterSpace, arrow);
    }

    private MermaidToken EmitLinkStart(int end, MermaidStroke stroke, MermaidArrowHead startHead, bool afterSpace)
    {
        _mode = MermaidLexerMode.EdgeLabel;
        _edgeStroke = stroke;
        _opening = Emit(MermaidTokenKind.LinkStart, end, afterSpace, new MermaidArrow(stroke, startHead, MermaidArrowHead.None, 0));
        return _opening;
    }

    /// <summary>
    /// Matches the end of a labelled link at <paramref name="index"/>: <c>--&gt;</c>, <c>---</c>, <c>--x</c> after <c>--</c>;
    /// <c>==&gt;</c>, <c>===</c> after <c>==</c>; <c>.-&gt;</c>, <c>.-</c> after <c>-.</c>. Returns where it ends, or -1;
    /// <paramref name="skipTo"/> is where to look next when it does not match, so runs are scanned once.
    /// </summary>
    private int MatchLinkEnd(int index, MermaidStroke stroke, out MermaidArrow arrow, out int skipTo)
    {
        arrow = default;
        var body = stroke switch { MermaidStroke.Thick => '=', MermaidStroke.Dotted => '.', _ => '-' };
        if (CharAt(index) != body)
        {
            skipTo = index + 1;
            return -1;
        }

        var runEnd = RunEnd(index, body);
        skipTo = runEnd;
        var run = runEnd - index;
        if (stroke == MermaidStroke.Dotted)
        {
            if (CharAt(runEnd) != '-')
            {
                return -1;
            }

            var dottedHead = HeadOf(CharAt(runEnd + 1));
            arrow = new MermaidArrow(stroke, MermaidArrowHead.None, dottedHead, run);
            return runEnd + 1 + (dottedHead == MermaidArrowHead.None ? 0 : 1);
        }

        var head = HeadOf(CharAt(runEnd));
        if (run >= 2 && head != MermaidArrowHead.None)
        {
            arrow = new MermaidArrow(stroke, MermaidArrowHead.None, head, run - 1);
            return runEnd + 1;
        }

        if (run >= 3)
        {
            arrow = new MermaidArrow(stroke, MermaidArrowHead.None, head, run - 2);
            return runEnd;
        }

        return -1;
    }
}
