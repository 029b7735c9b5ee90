namespace TeamGraph.Core.Ingestion.Mermaid;

/// <summary>Statement mode: ids, keywords, links, shape openers and separators.</summary>
internal sealed partial class MermaidLexer
{
    private static readonly HashSet<string> StyleKeywords = new(StringComparer.Ordinal) { "classDef", "class", "style", "linkStyle", "click" };

    private MermaidToken ScanStatement()
    {
        var afterSpace = SkipBlanksAndComments();
        if (AtEnd)
        {
            return new MermaidToken(MermaidTokenKind.EndOfInput, "", Line, Column, afterSpace);
        }

        switch (_code[_pos])
        {
            case '\n':
                return Emit(MermaidTokenKind.Newline, _pos + 1, afterSpace);
            case ';':
                return Emit(MermaidTokenKind.Semicolon, _pos + 1, afterSpace);
            case '&':
                return Emit(MermaidTokenKind.Ampersand, _pos + 1, afterSpace);
            case '"':
                return ScanQuoted(afterSpace);
            case '|':
                _mode = MermaidLexerMode.PipeLabel;
                _opening = Emit(MermaidTokenKind.Pipe, _pos + 1, afterSpace);
                return _opening;
            case ':':
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

    /// <summary>Skips blanks and <c>%%</c> comments up to (not including) the end of the line.</summary>
    private bool SkipBlanksAndComments()
    {
        var skipped = SkipBlanks();
        if (CharAt(_pos) == '%' && CharAt(_pos + 1) == '%')
        {
            var newline = _code.IndexOf('\n', _pos);
            _pos = newline < 0 ? _code.Length : newline;
            skipped = true;
        }

        return skipped;
    }

    private MermaidToken ScanWord(bool afterSpace)
    {
        var end = _pos;
        while (IsIdentifierCharAt(end) || (end > _pos && IsInnerIdentifierCharAt(end)))
        {
            end++;
        }

        var word = _code[_pos..end];
        if (CharAt(end) == '@' && CharAt(end + 1) is not ('{' or '"'))
        {
            // Mermaid's LINK_ID: a word glued to '@' and not opening a data block names the link that follows.
            return EmitText(MermaidTokenKind.EdgeId, word, end + 1, afterSpace);
        }

        var endsStatementWord = end >= _code.Length || _code[end] is '\n' or ';' || IsBlank(_code[end]);
        if (!_atStatementStart || !endsStatementWord)
        {
            return Emit(MermaidTokenKind.Identifier, end, afterSpace);
        }

        if (StyleKeywords.Contains(word))
        {
            _mode = MermaidLexerMode.RawRest;
            return Emit(MermaidTokenKind.StyleStatement, end, afterSpace);
        }

        var kind = word switch
        {
            "subgraph" => MermaidTokenKind.Subgraph,
            "end" => MermaidTokenKind.End,
            "direction" => MermaidTokenKind.Direction,
            _ => MermaidTokenKind.Identifier,
        };
        return Emit(kind, end, afterSpace);
    }

    private MermaidToken ScanClassSuffix(bool afterSpace)
    {
        if (CharAt(_pos + 1) != ':' || CharAt(_pos + 2) != ':')
        {
            throw ErrorHere("unexpected ':'; a class is attached as ':::className'");
        }

        var end = _pos + 3;
        while (IsIdentifierCharAt(end))
        {
            end++;
        }

        if (end == _pos + 3)
        {
            throw ErrorHere("expected a class name after ':::'");
        }

        return Emit(MermaidTokenKind.ClassSuffix, end, afterSpace);
    }

    /// <summary>The rest of a <c>classDef</c>/<c>style</c>/... statement, up to <c>;</c>, a comment or the end of the line.</summary>
    private MermaidToken ScanRawRest()
    {
        var afterSpace = SkipBlanks();
        var end = _pos;
        var quoted = false;
        for (; end < _code.Length && _code[end] != '\n'; end++)
        {
            var c = _code[end];
            if (c == '"')
            {
                quoted = !quoted;
            }
            else if (!quoted && (c == ';' || (c == '%' && CharAt(end + 1) == '%')))
            {
                break;
            }
        }

        _mode = MermaidLexerMode.Statement;
        return EmitText(MermaidTokenKind.RawText, _code[_pos..end].TrimEnd(), end, afterSpace);
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

        var p = _pos + keyword.Length;
        while (IsBlank(CharAt(p)))
        {
            p++;
        }

        int end;
        if (CharAt(p) == ':')
        {
            end = _code.IndexOf('\n', p);
            end = end < 0 ? _code.Length : end;
        }
        else if (CharAt(p) == '{' && keyword == "accDescr")
        {
            end = _code.IndexOf('}', p);
            if (end < 0)
            {
                throw ErrorHere("unclosed 'accDescr {' (expected '}')");
            }

            end++;
        }
        else
        {
            return false;
        }

        token = EmitText(MermaidTokenKind.Accessibility, _code[_pos..end], end, afterSpace);
        return true;
    }

    /// <summary>
    /// Punctuation mermaid's node strings take inside an id, between word characters: <c>default/node</c>, <c>A#1</c>,
    /// <c>A*b</c>, <c>A\b</c>, <c>A,b</c> and <c>A&amp;B</c> are single ids (<c>A &amp; B</c>, with blanks, is a fan-out).
    /// </summary>
    private bool IsInnerIdentifierCharAt(int index) =>
        CharAt(index) is '/' or '#' or '*' or '\\' or ',' or '&' && IsWordChar(CharAt(index + 1));
}
