namespace TeamGraph.Core.Ingestion.Mermaid;

/// <summary>
/// The rest of a <c>click</c> statement, checked against the forms mermaid's grammar takes after <c>click id</c> and one
/// blank: <c>"link" ["tooltip"] [target]</c>, <c>href "link" ...</c>, <c>callback ["tooltip"]</c> and
/// <c>call callback(arguments) ["tooltip"]</c>. The token's text is the whole statement, which the statement parser splits.
/// </summary>
internal sealed partial class MermaidLexer
{
    private static readonly string[] ClickLinkTargets = ["_self", "_blank", "_parent", "_top"];

    /// <summary>Words mermaid's lexer takes as keywords, which cannot start a callback name.</summary>
    private static readonly string[] CallbackKeywords = ["call", "default", "style", "linkStyle", "classDef", "class", "interpolate", "subgraph", "graph", "flowchart"];

    private MermaidToken ScanClickRest()
    {
        var afterSpace = SkipBlanks();
        // Mermaid's 'click\s+' takes line breaks too, so the id may be on the next line.
        AdvanceTo(SkipWhitespaceFrom(_pos));
        // Mermaid's click state takes every non-blank character as the id, unless a string starts there.
        var p = _pos;
        if (CharAt(p) == '"')
        {
            throw ClickError(p, "expected the id of a node after 'click', not a string");
        }

        while (p < _code.Length && !char.IsWhiteSpace(_code[p]))
        {
            p++;
        }

        if (p == _pos || !IsBlank(CharAt(p)))
        {
            throw ClickError(p, "expected a link, a callback or 'call callback()' after the node id of the 'click' statement");
        }

        p = ScanClickAction(p + 1);
        if (p < _code.Length && _code[p] != '\n' && _code[p] != ';')
        {
            var next = BlanksEnd(p, _code.Length);
            throw next >= _code.Length || _code[next] is '\n' or ';'
                ? ClickError(p, "unexpected blank at the end of the 'click' statement")
                : ClickError(next, $"unexpected '{_code[next]}': the 'click' statement has ended");
        }

        RejectEntity(_code[_pos..p], p);
        _mode = MermaidLexerMode.Statement;
        return EmitText(MermaidTokenKind.RawText, _code[_pos..p], p, afterSpace);
    }

    /// <summary>Reads what the click does, from just after the one blank that follows the id; returns where it ends.</summary>
    private int ScanClickAction(int p)
    {
        if (IsBlank(CharAt(p)))
        {
            throw ClickError(p, "expected one blank after the node id of the 'click' statement");
        }

        if (StartsWordAt(p, "call") && char.IsWhiteSpace(CharAt(p + 4)))
        {
            p = ScanCallArguments(p + 4);
            return IsBlank(CharAt(p)) && CharAt(p + 1) == '"' ? ScanClickString(p + 1) : p;
        }

        if (StartsWordAt(p, "href") && char.IsWhiteSpace(CharAt(p + 4)))
        {
            p += 5;
            if (CharAt(p) != '"')
            {
                throw ClickError(p, "expected the link in double quotes after 'href'");
            }
        }

        if (CharAt(p) == '"')
        {
            // "link" ["tooltip"] [target]
            p = ScanClickString(p);
            if (IsBlank(CharAt(p)) && CharAt(p + 1) == '"')
            {
                p = ScanClickString(p + 1);
            }

            return IsBlank(CharAt(p)) ? ScanLinkTarget(p + 1) : p;
        }

        // callback ["tooltip"]
        p = ScanCallbackName(p);
        return IsBlank(CharAt(p)) && CharAt(p + 1) == '"' ? ScanClickString(p + 1) : p;
    }

    /// <summary><c>name(arguments)</c> after <c>call</c>: mermaid takes everything up to the ')' as the arguments.</summary>
    private int ScanCallArguments(int p)
    {
        var lineEnd = _code.IndexOf('\n', p);
        lineEnd = lineEnd < 0 ? _code.Length : lineEnd;
        var open = _code.IndexOf('(', p, lineEnd - p);
        var close = open < 0 ? -1 : _code.IndexOf(')', open, lineEnd - open);
        if (close < 0)
        {
            throw ClickError(open < 0 ? lineEnd : open, "expected 'callback(arguments)' after 'call', with both parentheses on the line");
        }

        return close + 1;
    }

    /// <summary>A double-quoted string (it may run over lines); a character glued to its closing quote fails in mermaid.</summary>
    private int ScanClickString(int p)
    {
        var close = _code.IndexOf('"', p + 1);
        if (close < 0)
        {
            throw ClickError(p, "unclosed double quote (expected '\"' before the end of the chart)");
        }

        var after = CharAt(close + 1);
        if (after != '\0' && !char.IsWhiteSpace(after) && after != ';')
        {
            throw ClickError(close + 1, "expected a blank after the string of the 'click' statement");
        }

        return close + 1;
    }

    private int ScanLinkTarget(int p)
    {
        foreach (var target in ClickLinkTargets)
        {
            if (KeywordAt(p, target))
            {
                return p + target.Length;
            }
        }

        throw ClickError(p, "expected a string or a link target (_self, _blank, _parent, _top) after the link of the 'click' statement");
    }

    /// <summary>
    /// A callback name as mermaid's tokens make one: letters, digits and the punctuation of its node-string, number and
    /// separator tokens. A link ('--', '-.', '=='), a bracket, '@' or a keyword such as 'end' or 'style' cannot be part of it.
    /// </summary>
    private int ScanCallbackName(int start)
    {
        var p = start;
        var inNodeString = false;
        for (; p < _code.Length; p++)
        {
            var c = _code[p];
            if (char.IsWhiteSpace(c) || c == ';')
            {
                break;
            }

            var linkAhead = c is '-' or '=' && CharAt(p + 1) is '-' or '.' or '=' or '>';
            var tokenChar = c is ':' or ',' or '-' || (c > '\x7F' && char.IsLetter(c))
                || (c == '"' && inNodeString) || (c is not '=' and not '"' && (char.IsAsciiDigit(c) || ContinuesNodeString(c, inNodeString: true, atStart: false)));
            if (linkAhead || !tokenChar)
            {
                throw ClickError(p, $"unexpected '{c}' in the callback name of the 'click' statement");
            }

            inNodeString = c == '"' || ContinuesNodeString(c, inNodeString, atStart: !inNodeString);
        }

        if (p == start)
        {
            throw ClickError(p, "expected a link, a callback or 'call callback()' after the node id of the 'click' statement");
        }

        foreach (var keyword in CallbackKeywords)
        {
            if (KeywordAt(start, keyword))
            {
                throw ClickError(start, $"'{keyword}' cannot be a callback name: mermaid reads it as a keyword");
            }
        }

        RejectKeywordTokens(start, p, p, "in the callback name of the 'click' statement");
        return p;
    }

    private MermaidSyntaxException ClickError(int at, string problem)
    {
        AdvanceTo(at);
        return ErrorHere(problem);
    }
}
