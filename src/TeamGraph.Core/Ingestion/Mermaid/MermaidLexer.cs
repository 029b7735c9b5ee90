using System.Globalization;

namespace TeamGraph.Core.Ingestion.Mermaid;

/// <summary>
/// Turns the text of a mermaid block into tokens, one at a time, with file lines and 1-based columns. It is a
/// single forward scan: every token consumes input or switches mode, so it ends on any input, in linear time.
/// </summary>
internal sealed partial class MermaidLexer
{
    // Line breaks, separators and brackets are most of a chart's tokens: their text is shared, not cut out each time.
    private static readonly string[] OneCharTexts = [.. Enumerable.Range(0, 128).Select(c => ((char)c).ToString())];

    private readonly string _code;
    private readonly int _firstLine;
    private int _pos;
    private int _lineIndex;
    private int _lineStart;
    private MermaidLexerMode _mode = MermaidLexerMode.Statement;
    private bool _atStatementStart = true;

    // The kind of the last token scanned (EndOfInput before the first): what may come next depends on it. After a
    // link's closing '|' a node comes, on the same line (mermaid's pipe token takes no line break).
    private MermaidTokenKind _lastKind;

    // Between 'subgraph' and its '[title]' or the line's end, where mermaid's title words take '%%' like any character.
    private bool _inSubgraphHeader;
    private MermaidToken? _peeked;

    // Where the label being lexed was opened, and what closes it; error messages point back to the opener.
    private MermaidToken _opening;
    private string[] _closers = [];
    private MermaidStroke _edgeStroke;
    private string _rawRestKeyword = "";

    public MermaidLexer(string code, int firstLine)
    {
        _code = code.Replace("\r\n", "\n", StringComparison.Ordinal).Replace('\r', '\n');
        _firstLine = firstLine;
    }

    private int Line => _firstLine + _lineIndex;

    private bool AfterNode => _lastKind is MermaidTokenKind.Identifier or MermaidTokenKind.ShapeClose or MermaidTokenKind.ClassSuffix
        or MermaidTokenKind.DataBlock or MermaidTokenKind.EdgeId;

    private bool AfterLink => _lastKind is MermaidTokenKind.Link or MermaidTokenKind.LinkEnd;

    private int Column => _pos - _lineStart + 1;

    private bool AtEnd => _pos >= _code.Length;

    /// <summary>The next token, without consuming it.</summary>
    public MermaidToken Peek() => _peeked ??= Scan();

    /// <summary>Consumes and returns the next token.</summary>
    public MermaidToken Next()
    {
        var token = Peek();
        _peeked = null;
        return token;
    }

    private MermaidToken Scan()
    {
        var token = _pendingDirectionCode is not null ? TakePendingDirectionCode() : _mode switch
        {
            MermaidLexerMode.ShapeLabel => ScanShapeLabel(),
            MermaidLexerMode.ShapeClose => ScanShapeClose(),
            MermaidLexerMode.EdgeLabel => ScanEdgeLabel(),
            MermaidLexerMode.EdgeLabelEnd => ScanEdgeLabelEnd(),
            MermaidLexerMode.PipeLabel => ScanPipeLabel(),
            MermaidLexerMode.PipeClose => ScanPipeClose(),
            MermaidLexerMode.RawRest => _rawRestKeyword == "click" ? ScanClickRest() : ScanRawRest(),
            _ => ScanStatement(),
        };
        _atStatementStart = token.Kind is MermaidTokenKind.Newline or MermaidTokenKind.Semicolon or MermaidTokenKind.End;
        _lastKind = token.Kind;
        _inSubgraphHeader = token.Kind is MermaidTokenKind.Subgraph
            || (_inSubgraphHeader && token.Kind is not (MermaidTokenKind.Newline or MermaidTokenKind.Semicolon or MermaidTokenKind.ShapeOpen));
        return token;
    }

    private char CharAt(int index) => index < _code.Length ? _code[index] : '\0';

    private void AdvanceTo(int target)
    {
        for (; _pos < target; _pos++)
        {
            if (_code[_pos] == '\n')
            {
                _lineIndex++;
                _lineStart = _pos + 1;
            }
        }
    }

    /// <summary>
    /// Blanks separate tokens: spaces, tabs, and also the no-break spaces and byte-order marks that pasted or
    /// re-encoded cards carry. Newlines are not blanks: they end statements.
    /// </summary>
    private static bool IsBlank(char c) => c != '\n' && (char.IsWhiteSpace(c) || c == '\uFEFF');

    /// <summary>Skips blanks (not newlines); tells whether there were any.</summary>
    private bool SkipBlanks()
    {
        var start = _pos;
        while (!AtEnd && IsBlank(_code[_pos]))
        {
            _pos++;
        }

        return _pos > start;
    }

    private MermaidToken Emit(MermaidTokenKind kind, int end, bool afterSpace, MermaidArrow arrow = default) =>
        EmitText(kind, TextBetween(_pos, end), end, afterSpace, arrow);

    private string TextBetween(int start, int end) =>
        end - start == 1 && _code[start] < OneCharTexts.Length ? OneCharTexts[_code[start]] : _code[start..end];

    private MermaidToken EmitText(MermaidTokenKind kind, string text, int end, bool afterSpace, MermaidArrow arrow = default)
    {
        var token = new MermaidToken(kind, text, Line, Column, afterSpace, arrow);
        AdvanceTo(end);
        return token;
    }

    private bool StartsWordAt(int p, string word) => _code.AsSpan(p).StartsWith(word, StringComparison.Ordinal);

    /// <summary>
    /// Whether <paramref name="keyword"/> stands at <paramref name="p"/> as mermaid's lexer takes a keyword: jison ends a
    /// literal pattern with <c>\b</c>, so no letter, digit or '_' may follow it.
    /// </summary>
    private bool KeywordAt(int p, string keyword) => StartsWordAt(p, keyword) && !AsciiWordChars.Contains(CharAt(p + keyword.Length));

    private MermaidSyntaxException ErrorHere(string problem) => new(problem, Line, Column);

    private static MermaidSyntaxException ErrorAt(MermaidToken token, string problem) => new(problem, token.Line, token.Column);

    private static bool IsWordChar(char c) =>
        char.IsAsciiLetterOrDigit(c) || c == '_' || (c > '\x7F' && IsNonAsciiWordChar(c));

    private static bool IsNonAsciiWordChar(char c) =>
        char.IsLetterOrDigit(c) || char.IsSurrogate(c)
        || CharUnicodeInfo.GetUnicodeCategory(c) is UnicodeCategory.NonSpacingMark or UnicodeCategory.SpacingCombiningMark;

    /// <summary>
    /// Mermaid's node-id rule: word characters and the punctuation of its node strings and id tokens
    /// (<c>! # $ % &amp; ' * + , / \ ` ?</c>), plus <c>-</c>, <c>.</c> and <c>:</c> where they cannot start a
    /// link or a class suffix (<c>a-b</c> and <c>svc:api</c> are ids, <c>a--&gt;b</c> is a link, <c>a:::hot</c> a class).
    /// </summary>
    private bool IsIdentifierCharAt(int index)
    {
        var c = CharAt(index);
        var next = CharAt(index + 1);
        return c switch
        {
            '-' => next is not ('-' or '.' or '>'),
            '.' => next != '-',
            '=' => false,
            ':' => next != ':' || CharAt(index + 2) != ':',
            '!' or '#' or '$' or '%' or '&' or '\'' or '*' or '+' or ',' or '/' or '\\' or '`' or '?' => true,
            '\0' => false,
            _ => IsWordChar(c),
        };
    }
}
