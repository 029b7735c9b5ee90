namespace TeamGraph.Core.Ingestion.Mermaid;

/// <summary>The start of a block: optional <c>---</c> front matter, comments and blank lines, then the diagram keyword.</summary>
internal sealed partial class MermaidLexer
{
    /// <summary>
    /// Reads the first word of the diagram (<c>graph</c>, <c>flowchart</c>, <c>sequenceDiagram</c>, ...) as an
    /// <see cref="MermaidTokenKind.Identifier"/>, or returns <see cref="MermaidTokenKind.EndOfInput"/> for an empty block.
    /// </summary>
    public MermaidToken ReadDiagramKeyword()
    {
        SkipFrontMatter();
        while (true)
        {
            SkipBlanksAndComments();
            // Mermaid finds the diagram type with the first word of the text, so a ';' before it is no flowchart.
            if (AtEnd || _code[_pos] != '\n')
            {
                break;
            }

            AdvanceTo(_pos + 1);
        }

        if (AtEnd)
        {
            return new MermaidToken(MermaidTokenKind.EndOfInput, "", Line, Column, false);
        }

        var end = _pos + 1;
        while (end < _code.Length && _code[end] is not ('\n' or ';') && !IsBlank(_code[end]))
        {
            end++;
        }

        // The keyword ends where no word character follows it: 'flowchart>' is a flowchart drawn right to left.
        foreach (var keyword in (ReadOnlySpan<string>)["flowchart-elk", "flowchart", "graph"])
        {
            if (end - _pos > keyword.Length && _code.AsSpan(_pos).StartsWith(keyword, StringComparison.Ordinal)
                && _code[_pos + keyword.Length] is '<' or '>' or '^')
            {
                end = _pos + keyword.Length;
            }
        }

        _atStatementStart = false;
        return Emit(MermaidTokenKind.Identifier, end, false);
    }

    private void SkipFrontMatter()
    {
        if (!IsFenceLine(0, out var lineEnd))
        {
            return;
        }

        for (var start = lineEnd + 1; start < _code.Length; start = lineEnd + 1)
        {
            if (IsFenceLine(start, out lineEnd))
            {
                AdvanceTo(Math.Min(lineEnd + 1, _code.Length));
                return;
            }
        }

        throw ErrorHere("unclosed front matter (expected a closing '---' line)");
    }

    private bool IsFenceLine(int start, out int lineEnd)
    {
        lineEnd = _code.IndexOf('\n', start);
        if (lineEnd < 0)
        {
            lineEnd = _code.Length;
        }

        return _code.AsSpan(start, lineEnd - start).TrimEnd().SequenceEqual("---");
    }

    /// <summary>
    /// Right after its keyword mermaid's lexer takes only a direction or a line break, so <c>graph;</c> and <c>graph ;LR</c>
    /// fail there.
    /// </summary>
    public void RejectSeparatorAfterDiagramKeyword()
    {
        var p = _pos;
        while (p < _code.Length && IsBlank(_code[p]))
        {
            p++;
        }

        if (CharAt(p) == ';')
        {
            AdvanceTo(p);
            throw ErrorHere("unexpected ';' after the diagram keyword; a direction or a line break must follow it");
        }
    }

    /// <summary>
    /// Mermaid's direction shorthand right after the diagram keyword: <c>graph &gt;</c> is LR, <c>&lt;</c> RL, <c>^</c> BT and
    /// <c>v</c> TB. Read here because in statements those characters open shapes or are ids.
    /// </summary>
    public bool TryReadDirectionSymbol(out MermaidToken direction)
    {
        direction = default;
        var afterSpace = SkipBlanks();
        var symbol = CharAt(_pos);
        var next = CharAt(_pos + 1);
        var text = symbol switch { '>' => "LR", '<' => "RL", '^' => "BT", 'v' => "TB", _ => null };
        // 'v' is a word character, so only a blank separates it from the keyword; the others may follow it directly.
        if (text is null || (!afterSpace && symbol == 'v') || !(next is '\0' or '\n' or ';' || IsBlank(next)))
        {
            return false;
        }

        direction = EmitText(MermaidTokenKind.Identifier, text, _pos + 1, afterSpace);
        return true;
    }
}
