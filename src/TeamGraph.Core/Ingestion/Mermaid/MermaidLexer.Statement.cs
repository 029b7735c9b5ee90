namespace TeamGraph.Core.Ingestion.Mermaid;

/// <summary>Statement mode: ids, keywords, links, shape openers and separators.</summary>
internal sealed partial class MermaidLexer
{
    private static readonly HashSet<string> StyleKeywords = new(StringComparer.Ordinal) { "classDef", "class", "style", "linkStyle", "click" };

    private static readonly string[] PrefixKeywords =
        ["flowchart-elk", "flowchart", "graph", "subgraph", "end", "style", "linkStyle", "interpolate", "classDef", "class", "_self", "_blank", "_parent", "_top"];

    private MermaidToken ScanStatement()
    {
        var afterSpace = SkipLineBreaksAroundLink() | SkipBlanksAndComments();
        if (AtEnd)
        {
            return new MermaidToken(MermaidTokenKind.EndOfInput, "", Line, Column, afterSpace);
        }

        if (_code[_pos] != '\n' && TryScanLookAhead(afterSpace, out var lookAhead))
        {
            return lookAhead;
        }

        switch (_code[_pos])
        {
            case '\n':
                return Emit(MermaidTokenKind.Newline, _pos + 1, afterSpace);
            case ';':
                return Emit(MermaidTokenKind.Semicolon, _pos + 1, afterSpace);
            case '&' when afterSpace && AfterNode && IsBlank(CharAt(_pos + 1)):
                // A fan-out '&' stands between blanks after a node; anywhere else mermaid reads it as part of an id.
                return Emit(MermaidTokenKind.Ampersand, _pos + 1, afterSpace);
            case '"':
                return ScanQuoted(afterSpace);
            case '|':
                _mode = MermaidLexerMode.PipeLabel;
                _opening = Emit(MermaidTokenKind.Pipe, _pos + 1, afterSpace);
                return _opening;
            case ':' when CharAt(_pos + 1) == ':' && CharAt(_pos + 2) == ':':
                return ScanClassSuffix(afterSpace);
            case '@' when CharAt(_pos + 1) == '{':
                return ScanDataBlock(afterSpace);
            default:
                break;
        }

        if (_atStatementStart && TryScanAccessibility(afterSpace, out var accessibility))
        {
            return accessibility;
        }

        if (TryScanLink(afterSpace, out var link))
        {
            return link;
        }

        var opener = MermaidShapes.OpenerAt(_code, _pos);
        if (opener == "((" && CharAt(_pos + 2) == '-')
        {
            // Mermaid has no '((' token: a circle is two '(' tokens, and '(-' after the first opens an ellipse there.
            AdvanceTo(_pos + 1);
            throw ErrorHere("unexpected '(-' after '(': mermaid reads it as an ellipse opener; put the circle's text in double quotes, as in A((\"-x\"))");
        }

        if (opener is not null)
        {
            _mode = MermaidLexerMode.ShapeLabel;
            _closers = MermaidShapes.ClosersOf(opener);
            _opening = Emit(MermaidTokenKind.ShapeOpen, _pos + opener.Length, afterSpace);
            return _opening;
        }

        if (IsIdentifierCharAt(_pos))
        {
            return ScanWord(afterSpace);
        }

        throw ErrorHere($"unexpected character '{_code[_pos]}'");
    }

    /// <summary>
    /// Skips blanks and a <c>%%</c> comment or <c>%%{ ... }%%</c> directive up to (not including) the end of the line.
    /// Mermaid removes only comment lines (<c>%%</c> and at least one more character, after nothing but blanks) before it
    /// parses, so a <c>%%</c> after a statement reaches its parser as text and fails there; it fails here too. A bare
    /// <c>%%</c> line is not a comment to mermaid but a node named <c>%%</c>, and is left to be read as an id.
    /// </summary>
    private bool SkipBlanksAndComments()
    {
        var skipped = SkipBlanks();
        if (IsDirectiveAt(_pos))
        {
            // Mermaid's preprocessor removes directives wherever they stand, before its lexer sees the text.
            SkipDirective();
            SkipBlanksAndComments();
            return true;
        }

        if (CharAt(_pos) != '%' || CharAt(_pos + 1) != '%' || _lastKind is MermaidTokenKind.Link or MermaidTokenKind.LinkEnd or MermaidTokenKind.Ampersand or MermaidTokenKind.Pipe || _inSubgraphHeader)
        {
            // After a link, its label or '&', '%%' names the next node, and in a subgraph header it is a title word:
            // mermaid has no comment token, only its preprocessor's comment lines.
            return skipped;
        }

        if (!OnlyBlanksBefore(_pos))
        {
            // After a ';' a new statement starts, and '%%' is its first node; after a node it runs into the statement.
            return _atStatementStart ? skipped : throw ErrorHere("unexpected '%%' after a statement: a mermaid comment must be on a line of its own");
        }

        var newline = _code.IndexOf('\n', _pos);
        newline = newline < 0 ? _code.Length : newline;
        if (newline == _pos + 2 || IsBareOnceDirectivesGo(_pos + 2))
        {
            return skipped;
        }

        _pos = newline;
        return true;
    }

    /// <summary>
    /// Mermaid's link tokens begin and end with <c>\s*</c>, line breaks included, so a link at the end of a line goes on to
    /// the node on the next (comment lines between are gone before mermaid parses), and a link at the start of a line
    /// continues the statement of the line before.
    /// </summary>
    private bool SkipLineBreaksAroundLink()
    {
        if (AfterLink)
        {
            // Nothing but blanks to the end of the block: stay, so the missing target is reported where the line ends.
            var p = _pos;
            while (true)
            {
                while (char.IsWhiteSpace(CharAt(p)) || CharAt(p) == '\uFEFF')
                {
                    p++;
                }

                var commentLine = CharAt(p) == '%' && CharAt(p + 1) == '%' && CharAt(p + 2) is not ('{' or '\n' or '\0')
                    && _code.LastIndexOf('\n', Math.Max(p - 1, 0)) is var lineBreak && _code.AsSpan(lineBreak + 1, p - lineBreak - 1).IsWhiteSpace();
                if (!commentLine)
                {
                    break;
                }

                var newline = _code.IndexOf('\n', p);
                p = newline < 0 ? _code.Length : newline;
            }

            if (p == _pos || p >= _code.Length)
            {
                return false;
            }

            AdvanceTo(p);
            return true;
        }

        if (!AfterNode)
        {
            return false;
        }

        var next = _pos;
        var lineBreaks = false;
        while (char.IsWhiteSpace(CharAt(next)))
        {
            lineBreaks |= _code[next] == '\n';
            next++;
        }

        if (!lineBreaks || !StartsLinkAt(next))
        {
            return false;
        }

        AdvanceTo(next);
        return true;
    }

    private bool StartsLinkAt(int p)
    {
        if (CharAt(p) is 'x' or 'o' or '<')
        {
            p++;
        }

        return (CharAt(p), CharAt(p + 1)) is ('-', '-') or ('=', '=') or ('-', '.')
            || (CharAt(p) == '~' && CharAt(p + 1) == '~' && CharAt(p + 2) == '~');
    }

    private bool OnlyBlanksBefore(int index)
    {
        for (var p = _lineStart; p < index; p++)
        {
            if (!IsBlank(_code[p]))
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>
    /// A directive as mermaid's preprocessor removes it: <c>%%{</c>, a word, optionally <c>:</c>, then either one more word
    /// or anything (over lines) up to <c>}%%</c>, and <c>}%%</c> if it is there. What follows is read as statements, so
    /// <c>%%{ not a directive }%%</c> leaves <c>directive }%%</c> behind and fails, as it does in mermaid.
    /// </summary>
    private void SkipDirective()
    {
        var end = DirectiveEnd(_pos);
        if (end < 0)
        {
            throw ErrorHere("expected a directive such as '%%{init: { \"theme\": \"dark\" }}%%' after '%%{'");
        }

        AdvanceTo(end);
    }

    private bool IsDirectiveAt(int p) => CharAt(p) == '%' && CharAt(p + 1) == '%' && CharAt(p + 2) == '{';

    /// <summary>
    /// Whether nothing but directives stands between <paramref name="from"/> and the line's end: mermaid removes them
    /// before it looks for comment lines, so <c>%%%%{init: {}}%%</c> leaves a bare <c>%%</c>, a node.
    /// </summary>
    private bool IsBareOnceDirectivesGo(int from)
    {
        var p = from;
        while (IsDirectiveAt(p))
        {
            p = DirectiveEnd(p);
            if (p < 0)
            {
                return false;
            }
        }

        return p > from && (p >= _code.Length || _code[p] == '\n');
    }

    /// <summary>Where the directive starting at <paramref name="start"/> ends, or -1 when no word follows its <c>%%{</c>.</summary>
    private int DirectiveEnd(int start)
    {
        var p = SkipBlanksFrom(start + 3);
        var afterKey = SkipAsciiWord(p);
        if (afterKey == p)
        {
            return -1;
        }

        p = SkipBlanksFrom(afterKey);
        if (CharAt(p) == ':')
        {
            p = SkipBlanksFrom(p + 1);
        }

        var afterValue = SkipAsciiWord(p);
        if (afterValue > p)
        {
            p = SkipBlanksFrom(afterValue);
        }
        else
        {
            var close = _code.IndexOf("}%%", p, StringComparison.Ordinal);
            p = close < 0 ? _code.Length : close;
        }

        if (string.CompareOrdinal(_code, p, "}%%", 0, 3) == 0)
        {
            p += 3;
        }

        return p;
    }

    /// <summary>JavaScript's \s: blanks, line breaks and the byte-order mark.</summary>
    private int SkipWhitespaceFrom(int p)
    {
        while (char.IsWhiteSpace(CharAt(p)) || CharAt(p) == '\uFEFF')
        {
            p++;
        }

        return p;
    }

    private int SkipBlanksFrom(int p)
    {
        while (char.IsWhiteSpace(CharAt(p)))
        {
            p++;
        }

        return p;
    }

    private int SkipAsciiWord(int p)
    {
        while (char.IsAsciiLetterOrDigit(CharAt(p)) || CharAt(p) == '_')
        {
            p++;
        }

        return p;
    }

    private MermaidToken ScanWord(bool afterSpace)
    {
        if (_atStatementStart && KeywordAt(_pos, "end"))
        {
            // Mermaid's 'end' token takes the word wherever no word character follows it: 'end[[x]]' closes no node,
            // and in 'end%%' or 'end.x' a statement follows the 'end'.
            return Emit(MermaidTokenKind.End, _pos + 3, afterSpace);
        }

        var end = WordEnd(_pos);
        var word = TextBetween(_pos, end);
        RejectKeywordPrefix(word);
        RejectEntity(word, end);
        if (CharAt(end) == '@' && CharAt(end + 1) is not ('{' or '"') && !word.Contains('"', StringComparison.Ordinal))
        {
            // Mermaid's LINK_ID: a word glued to '@' and not opening a data block names the link that follows.
            return EmitText(MermaidTokenKind.EdgeId, word, end + 1, afterSpace);
        }

        var endsStatementWord = end >= _code.Length || _code[end] is '\n' or ';' || IsBlank(_code[end]);
        if (word is "graph" or "flowchart" or "flowchart-elk")
        {
            throw ErrorHere($"'{word}' cannot be an id: mermaid reads it as the diagram keyword");
        }

        if (!_atStatementStart || !endsStatementWord)
        {
            return EmitText(MermaidTokenKind.Identifier, word, end, afterSpace);
        }

        if (StyleKeywords.Contains(word))
        {
            _mode = MermaidLexerMode.RawRest;
            _rawRestKeyword = word;
            return EmitText(MermaidTokenKind.StyleStatement, word, end, afterSpace);
        }

        // A direction statement is only what mermaid's look-ahead rule finds ('direction' + blanks + a code); a
        // 'direction' without one is an id there, as in 'direction ;LR'.
        var kind = word switch
        {
            "subgraph" => MermaidTokenKind.Subgraph,
            "end" => MermaidTokenKind.End,
            _ => MermaidTokenKind.Identifier,
        };
        return EmitText(kind, word, end, afterSpace);
    }

    /// <summary>
    /// Where the id (or class name) starting at <paramref name="start"/> ends. A '"' belongs to it when it comes inside
    /// mermaid's node-string token, which takes quotes but is not started by a digit, '#', '&amp;', '*', 'v' or a non-ASCII
    /// letter (those are tokens of their own there): <c>en"dpoint</c> is one id, while in <c>Ä"x</c> or <c>1"x</c> the
    /// quote opens a string.
    /// </summary>
    private int WordEnd(int start, bool allowInnerDash = true)
    {
        var end = start;
        // Whether the node-string token runs at 'end' is worked out only when a quote comes, each character once.
        var inNodeString = false;
        var knownTo = start;
        while (true)
        {
            if (IsIdentifierCharAt(end) || (allowInnerDash && end > start && IsInnerIdentifierCharAt(end)))
            {
                if (_code[end] == '%' && end > start && IsDirectiveAt(end))
                {
                    // Mermaid removes a directive before its lexer runs; the next token starts after it.
                    return end;
                }

                end++;
                continue;
            }

            if (CharAt(end) == '"')
            {
                for (; knownTo < end; knownTo++)
                {
                    inNodeString = _code[knownTo] == '"' || ContinuesNodeString(_code[knownTo], inNodeString, atStart: knownTo == start);
                }

                if (inNodeString)
                {
                    end++;
                    continue;
                }
            }

            return end;
        }
    }

    /// <summary>Whether mermaid's node-string token runs on after this character of a word (see <see cref="WordEnd"/>).</summary>
    private static bool ContinuesNodeString(char c, bool inNodeString, bool atStart) => c switch
    {
        >= '0' and <= '9' or '#' or '&' or '*' => inNodeString,
        'v' => inNodeString || !atStart,
        > '\x7F' => false,
        _ => char.IsAsciiLetter(c) || c is '!' or '$' or '%' or '\'' or '+' or '.' or '`' or '?' or '\\' or '_' or '/' or '-' or '=',
    };

    private MermaidToken ScanClassSuffix(bool afterSpace)
    {
        if (CharAt(_pos + 1) != ':' || CharAt(_pos + 2) != ':')
        {
            throw ErrorHere("unexpected ':'; a class is attached as ':::className'");
        }

        var end = WordEnd(_pos + 3, allowInnerDash: false);

        if (end == _pos + 3)
        {
            throw ErrorHere("expected a class name after ':::'");
        }

        RejectKeywordTokens(_pos + 3, end, end, "in the class name after ':::'");

        return Emit(MermaidTokenKind.ClassSuffix, end, afterSpace);
    }

    /// <summary>
    /// A data block <c>@{ ... }</c>: everything up to the first <c>}</c> outside double quotes, over any number of lines. As in
    /// mermaid's lexer, a line break inside a quoted value, with the blanks after it, becomes <c>&lt;br/&gt;</c>.
    /// </summary>
    private MermaidToken ScanDataBlock(bool afterSpace)
    {
        var text = new System.Text.StringBuilder();
        var quoted = false;
        for (var p = _pos + 2; p < _code.Length; p++)
        {
            var c = _code[p];
            if (c == '"')
            {
                quoted = !quoted;
            }
            else if (!quoted && c == '}')
            {
                return EmitText(MermaidTokenKind.DataBlock, text.ToString(), p + 1, afterSpace);
            }
            else if (quoted && c == '\n')
            {
                text.Append("<br/>");
                while (p + 1 < _code.Length && char.IsWhiteSpace(_code[p + 1]))
                {
                    p++;
                }

                continue;
            }

            text.Append(c);
        }

        throw ErrorHere(quoted ? "unclosed double quote in the data block opened with '@{'" : "unclosed data block (expected '}' to close '@{')");
    }

    /// <summary>
    /// Mermaid's accessibility statements: <c>accTitle: text</c> and <c>accDescr: text</c> to the end of the line, and
    /// <c>accDescr { ... }</c> up to the closing brace over any number of lines. The token's text is the whole statement.
    /// </summary>
    private bool TryScanAccessibility(bool afterSpace, out MermaidToken token)
    {
        token = default;
        var keyword = _code.AsSpan(_pos).StartsWith("accTitle", StringComparison.Ordinal) ? "accTitle"
            : _code.AsSpan(_pos).StartsWith("accDescr", StringComparison.Ordinal) ? "accDescr"
            : null;
        if (keyword is null)
        {
            return false;
        }

        // Mermaid's tokens are accTitle\s*":"\s* and accDescr\s*":"\s*: the blanks around the ':' may run over lines, and
        // the value is the rest of the line where they stop.
        var p = SkipWhitespaceFrom(_pos + keyword.Length);
        int end;
        if (CharAt(p) == ':')
        {
            end = _code.IndexOf('\n', SkipWhitespaceFrom(p + 1));
            end = end < 0 ? _code.Length : end;
        }
        else if (CharAt(p) == '{' && keyword == "accDescr")
        {
            // Mermaid's lexer takes everything up to '}', or to the end of the block when none comes.
            end = _code.IndexOf('}', p);
            end = end < 0 ? _code.Length : end + 1;
        }
        else
        {
            return false;
        }

        token = EmitText(MermaidTokenKind.Accessibility, _code[_pos..end], end, afterSpace);
        return true;
    }

    private static readonly System.Buffers.SearchValues<char> AsciiWordChars =
        System.Buffers.SearchValues.Create("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789_");

    /// <summary>
    /// A <c>-</c> before <c>&gt;</c> ends an id rather than starting a link, since <c>-&gt;</c> is no link to mermaid:
    /// <c>odd-&gt;text]</c> is node <c>odd-</c> with an asymmetric shape.
    /// </summary>
    private bool IsInnerIdentifierCharAt(int index) => CharAt(index) == '-' && CharAt(index + 1) == '>';

    /// <summary>
    /// Mermaid's lexer reads these words as keywords wherever a non-word character follows them, so an id that starts with
    /// one and goes on with punctuation (<c>style.node</c>, <c>end-node</c>, <c>graph/node</c>) is split and fails to parse;
    /// <c>stylesheet</c> or <c>endpoint</c>, where a letter follows, are ordinary ids. ':' and ',' are tokens of their own
    /// inside an id, so a keyword after one fails too (<c>A:end</c>, <c>A,style</c>).
    /// </summary>
    private void RejectKeywordPrefix(string word)
    {
        // Only a word with a character past ASCII letters, digits and '_' can hold a keyword and then a boundary.
        if (!word.AsSpan().ContainsAnyExcept(AsciiWordChars))
        {
            return;
        }

        for (var start = 0; start < word.Length; start++)
        {
            // A keyword token may start after ':' or ',', or after a non-ASCII letter (a token of its own in mermaid).
            if (start > 0 && word[start - 1] is not (':' or ',' or > '\x7F'))
            {
                continue;
            }

            foreach (var keyword in PrefixKeywords)
            {
                var end = start + keyword.Length;
                if (word.AsSpan(start).StartsWith(keyword, StringComparison.Ordinal) && (start > 0 || word.Length > end)
                    && (end == word.Length || !AsciiWordChars.Contains(word[end])))
                {
                    throw ErrorHere(start == 0
                        ? $"'{word}' cannot be an id: mermaid reads the '{keyword}' it starts with as a keyword"
                        : $"'{word}' cannot be an id: mermaid reads the '{keyword}' after '{word[start - 1]}' as a keyword");
                }
            }
        }
    }
}
