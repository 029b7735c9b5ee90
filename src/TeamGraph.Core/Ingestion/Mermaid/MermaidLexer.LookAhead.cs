namespace TeamGraph.Core.Ingestion.Mermaid;

/// <summary>
/// Two rules of mermaid's lexer that look far past where a token starts and, being tried before its id, shape, separator
/// and link rules, win wherever they match (only its keywords, strings and data blocks come first):
/// <list type="bullet">
/// <item><c>.*direction\s+(TB|BT|RL|LR|TD)[^\n]*</c>: a line holding <c>direction LR</c> anywhere after the token start is one
/// direction statement, whatever stands before or after it (<c>direction LRe1@{ ... }</c> sets LR; in
/// <c>subgraph one twodirection LR</c> it follows the keyword, which fails).</item>
/// <item><c>[^\s"]+@(?=[^{"])</c>: a run without blanks or quotes that reaches an '@' (not opening a data block) names an
/// edge, brackets and all (<c>e]dge3@--&gt;</c>), so <c>A[tw@o]</c> or <c>C@{@ shape: fork }</c> fail as in mermaid.</item>
/// </list>
/// Each line and each run is searched once, so the lexer stays linear.
/// </summary>
internal sealed partial class MermaidLexer
{
    private static readonly string[] KeywordsBeforeLookAhead =
        ["style", "default", "linkStyle", "interpolate", "classDef", "class", "href", "click", "graph", "flowchart", "subgraph", "_self", "_blank", "_parent", "_top", "call", "accTitle", "accDescr"];

    private static readonly string[] DirectionCodes = ["TB", "BT", "RL", "LR", "TD"];

    private int _runEnd = -1;
    private int _runLinkIdAt = -1;
    private int _directionLineEnd = -1;
    private int _directionAt = -1;
    private int _directionCodeAt = -1;
    private int _directionEnd = -1;
    private MermaidToken? _pendingDirectionCode;
    private bool? _hasDirectionWord;
    private bool? _hasAt;

    private bool LookAheadRulesApply()
    {
        var rest = _code.AsSpan(_pos);
        if (rest[0] == '"' || rest.StartsWith("@{", StringComparison.Ordinal))
        {
            return false;
        }

        if (KeywordAt(_pos, "end"))
        {
            return false;
        }

        foreach (var keyword in KeywordsBeforeLookAhead)
        {
            if (rest.StartsWith(keyword, StringComparison.Ordinal))
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>
    /// A token by one of the two look-ahead rules, if one matches here: a direction statement by the whole-line rule (the
    /// <c>direction</c> token now, its code next), else an edge id by LINK_ID. Each is looked for once per line or run, and
    /// not at all in a block without the word <c>direction</c> or an '@'.
    /// </summary>
    private bool TryScanLookAhead(bool afterSpace, out MermaidToken token)
    {
        token = default;
        if (_pos >= _directionLineEnd)
        {
            FindDirectionOnLine();
        }

        if (_pos >= _runEnd)
        {
            FindRunLinkId();
        }

        var direction = _directionAt >= _pos;
        // After blanks a link's own rule, which starts with them, is tried before LINK_ID.
        var linkId = _runLinkIdAt > _pos && !(afterSpace && IsLinkStart(_pos));
        if ((!direction && !linkId) || !LookAheadRulesApply())
        {
            return false;
        }

        if (!direction)
        {
            token = EmitText(MermaidTokenKind.EdgeId, _code[_pos.._runLinkIdAt], _runLinkIdAt + 1, afterSpace);
            return true;
        }

        token = new MermaidToken(MermaidTokenKind.Direction, "direction", Line, Column, afterSpace);
        AdvanceTo(_directionCodeAt);
        _pendingDirectionCode = new MermaidToken(MermaidTokenKind.Identifier, _code.Substring(_directionCodeAt, 2), Line, Column, true);
        AdvanceTo(_directionEnd);
        return true;
    }

    private MermaidToken TakePendingDirectionCode()
    {
        var code = _pendingDirectionCode!.Value;
        _pendingDirectionCode = null;
        return code;
    }

    /// <summary>The last <c>direction</c> + blanks + code on the line at <see cref="_pos"/>, and where mermaid's token ends.</summary>
    private void FindDirectionOnLine()
    {
        _hasDirectionWord ??= _code.Contains("direction", StringComparison.Ordinal);
        if (_hasDirectionWord == false)
        {
            _directionLineEnd = _code.Length;
            return;
        }

        var lineEnd = _code.IndexOf('\n', _pos);
        _directionLineEnd = lineEnd < 0 ? _code.Length : lineEnd;
        _directionAt = -1;
        var at = _code.LastIndexOf("direction", _directionLineEnd - 1, _directionLineEnd - _pos, StringComparison.Ordinal);
        while (at >= _pos)
        {
            var code = at + "direction".Length;
            var blanks = code;
            while (blanks < _code.Length && char.IsWhiteSpace(_code[blanks]))
            {
                blanks++;
            }

            if (blanks > code && blanks + 2 <= _code.Length && Array.IndexOf(DirectionCodes, _code.Substring(blanks, 2)) >= 0)
            {
                var end = _code.IndexOf('\n', blanks);
                (_directionAt, _directionCodeAt, _directionEnd) = (at, blanks, end < 0 ? _code.Length : end);
                return;
            }

            at = at == _pos ? -1 : _code.LastIndexOf("direction", at - 1, at - _pos, StringComparison.Ordinal);
        }
    }

    private void FindRunLinkId()
    {
        _runLinkIdAt = -1;
        _hasAt ??= _code.Contains('@', StringComparison.Ordinal);
        if (_hasAt == false)
        {
            _runEnd = _code.Length;
            return;
        }

        var end = _pos;
        while (end < _code.Length && !char.IsWhiteSpace(_code[end]) && _code[end] is not ('"' or '\uFEFF'))
        {
            if (_code[end] == '@' && end + 1 < _code.Length && _code[end + 1] is not ('{' or '"'))
            {
                _runLinkIdAt = end;
            }

            end++;
        }

        _runEnd = end;
    }

    private bool IsLinkStart(int index) =>
        CharAt(index) is '-' or '=' or '.' or '~' || (CharAt(index) is 'x' or 'o' or '<' && CharAt(index + 1) is '-' or '=' or '.');
}
