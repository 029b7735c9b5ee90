namespace TeamGraph.Core.Ingestion.Mermaid;

/// <summary>
/// The rest of a <c>classDef</c>, <c>class</c>, <c>style</c>, <c>linkStyle</c> or <c>click</c> statement, read in one piece
/// and checked against what mermaid's lexer does with it there: its keywords, strings, entities and the <c>;</c> its
/// preprocessor drops.
/// </summary>
internal sealed partial class MermaidLexer
{
    /// <summary>
    /// The rest of a <c>classDef</c>/<c>style</c>/... statement, up to <c>;</c> or the end of the line. A <c>%%</c> here is
    /// text, as it is to mermaid, whose comments take whole lines.
    /// </summary>
    private MermaidToken ScanRawRest()
    {
        var afterSpace = SkipBlanks();
        var end = _pos;
        // As in WordEnd, whether a word runs at a quote is worked out only when one comes, each character once.
        var inNodeString = false;
        var knownTo = _pos;
        // The ';' mermaid's preprocessor drops from a style line with a '#' colour: what follows it runs on in the style.
        var dropped = -1;
        for (; end < _code.Length && _code[end] != '\n'; end++)
        {
            var c = _code[end];
            if (c == '"')
            {
                for (; knownTo < end; knownTo++)
                {
                    inNodeString = _code[knownTo] == '"' || ContinuesNodeString(_code[knownTo], inNodeString, atStart: !inNodeString);
                }

                if (!inNodeString)
                {
                    // A quote glued to a word is part of it; one that starts a string fails, as no such statement takes one.
                    AdvanceTo(end);
                    throw ErrorHere($"unexpected '\"' in the '{_rawRestKeyword}' statement{DroppedSemicolonHint(dropped)}; only 'click' takes a quoted string");
                }
            }

            if (c is '<' or '>')
            {
                // Mermaid reads them as tag tokens, which no style, class or classDef statement takes.
                AdvanceTo(end);
                throw ErrorHere($"unexpected '{c}' in the '{_rawRestKeyword}' statement{DroppedSemicolonHint(dropped)}");
            }

            if (c == ';' && IsSemicolonMermaidDrops(end))
            {
                dropped = end;
            }
            else if (c == ';')
            {
                RejectEntity(_code[_pos..end], end);
                break;
            }
        }

        RejectKeywordTokens(_pos, end, StylesStart(end), $"in the '{_rawRestKeyword}' statement{DroppedSemicolonHint(dropped)}");
        _mode = MermaidLexerMode.Statement;
        var text = dropped < 0 ? _code[_pos..end] : string.Concat(_code.AsSpan(_pos, dropped - _pos), _code.AsSpan(dropped + 1, end - dropped - 1));
        return EmitText(MermaidTokenKind.RawText, text.TrimEnd(), end, afterSpace);
    }

    /// <summary>
    /// Mermaid turns every <c>#name;</c> of the chart into an entity before parsing; in a label it is a character, but an
    /// id or a style cannot hold one, so <c>A#35;</c> or <c>fill:#fff;</c> followed by another statement fails there.
    /// </summary>
    private void RejectEntity(string text, int end)
    {
        // The ';' mermaid drops from a style line before it looks for entities ends none.
        if (CharAt(end) != ';' || IsSemicolonMermaidDrops(end))
        {
            return;
        }

        var hash = text.LastIndexOf('#');
        if (hash >= 0 && hash < text.Length - 1 && text.AsSpan(hash + 1).ContainsAnyExcept(AsciiWordChars) == false)
        {
            throw new MermaidSyntaxException(
                $"unexpected '{text[hash..]};': mermaid reads it as an HTML entity, which cannot stand outside a label; end the statement with a line break instead",
                Line,
                Column + hash);
        }
    }

    /// <summary>Why text after a ';' is still part of a style statement, when it is.</summary>
    private static string DroppedSemicolonHint(int dropped) => dropped < 0 ? "" :
        " (mermaid drops the ';' after a style with a '#' colour, so the rest of the line runs on in the style: start the next statement on a new line)";

    /// <summary>
    /// Mermaid's preprocessor drops the last ';' of a line where 'style' or 'classDef' is followed by ':', a colour with
    /// '#' and a ';' (so <c>style A fill:#f9f;</c> keeps its colour). Whatever follows that ';' on the line then runs on in
    /// the style, and fails there unless it is style text.
    /// </summary>
    private bool IsSemicolonMermaidDrops(int semicolon)
    {
        var lineEnd = _code.IndexOf('\n', semicolon);
        lineEnd = lineEnd < 0 ? _code.Length : lineEnd;
        if (_code.LastIndexOf(';', lineEnd - 1, lineEnd - semicolon) != semicolon)
        {
            return false;
        }

        return IsStyleLineWithColour(_lineStart, semicolon);
    }

    /// <summary>
    /// Mermaid's <c>/style.*:\S*#.*;/</c> and <c>/classDef.*:\S*#.*;/</c> on one line, in one scan: after the first
    /// <c>style</c> or <c>classDef</c>, a ':' from which non-blank characters run on to a '#'.
    /// </summary>
    private bool IsStyleLineWithColour(int lineStart, int semicolon)
    {
        var line = _code.AsSpan(lineStart, semicolon - lineStart);
        var style = line.IndexOf("style", StringComparison.Ordinal);
        var classDef = line.IndexOf("classDef", StringComparison.Ordinal);
        var keyword = style < 0 ? classDef : classDef < 0 ? style : Math.Min(style, classDef);
        if (keyword < 0)
        {
            return false;
        }

        var afterColon = false;
        foreach (var c in line[(keyword + 5)..])
        {
            if (c == '#' && afterColon)
            {
                return true;
            }

            afterColon = c == ':' || (afterColon && !char.IsWhiteSpace(c));
        }

        return false;
    }

    /// <summary>
    /// Where the styles of the statement start: after the element of <c>style</c> and <c>classDef</c>, after the edge list
    /// (and <c>interpolate curve</c>) of <c>linkStyle</c>; a <c>class</c> statement has none.
    /// </summary>
    private int StylesStart(int end)
    {
        if (_rawRestKeyword == "class")
        {
            return end;
        }

        var p = BlanksEnd(WordEndFrom(_pos, end), end);
        if (_rawRestKeyword == "linkStyle" && _code.AsSpan(p, end - p).StartsWith("interpolate", StringComparison.Ordinal))
        {
            p = BlanksEnd(WordEndFrom(BlanksEnd(WordEndFrom(p, end), end), end), end);
        }

        return p;
    }

    private int WordEndFrom(int p, int end)
    {
        while (p < end && !IsBlank(_code[p]))
        {
            p++;
        }

        return p;
    }

    /// <summary>Past the blanks (not line breaks) from <paramref name="p"/>, up to <paramref name="end"/>.</summary>
    private int BlanksEnd(int p, int end)
    {
        while (p < end && IsBlank(_code[p]))
        {
            p++;
        }

        return p;
    }

    /// <summary>
    /// Mermaid's lexer takes <c>end</c> for the keyword that closes a subgraph wherever one of its tokens starts with it
    /// and no letter, digit or '_' follows, and no style, class or link-style statement takes that keyword: so
    /// <c>fill:end</c>, <c>linkStyle 0end</c> (a number is a token of its own), <c>class A end</c> and <c>A:::end</c> fail
    /// there, while in <c>x1end</c>, <c>a-end</c> or <c>endless</c> the letters are part of a word. From
    /// <paramref name="stylesFrom"/> on, a token that starts with '&amp;' or '*' fails too: a style takes neither.
    /// </summary>
    private void RejectKeywordTokens(int from, int to, int stylesFrom, string where)
    {
        var inWord = false;
        for (var p = from; p < to; p++)
        {
            var c = _code[p];
            if (inWord && (c == '"' || ContinuesNodeString(c, inNodeString: true, atStart: false)))
            {
                continue;
            }

            if (c == 'e' && p + 3 <= to && KeywordAt(p, "end"))
            {
                AdvanceTo(p);
                throw ErrorHere($"unexpected 'end' {where}: mermaid reads it as the keyword that closes a subgraph");
            }

            if (c is '&' or '*' && p >= stylesFrom)
            {
                AdvanceTo(p);
                throw ErrorHere($"unexpected '{c}' {where}: a style cannot start a word with it");
            }

            if (char.IsAsciiDigit(c))
            {
                // Mermaid's number token: the word after it starts a token of its own.
                while (p + 1 < to && char.IsAsciiDigit(_code[p + 1]))
                {
                    p++;
                }

                inWord = false;
                continue;
            }

            // A lone 'v' is mermaid's "down" token; followed by a word character it starts a word like any letter.
            inWord = c == 'v' ? AsciiWordChars.Contains(CharAt(p + 1)) : ContinuesNodeString(c, inNodeString: false, atStart: true);
        }
    }
}
