namespace TeamGraph.Core.Ingestion.Mermaid;

/// <summary>
/// The flowchart grammar over <see cref="MermaidLexer"/>'s tokens:
/// <code>
/// document   := header (separator statement?)* EOF
/// header     := ('graph' | 'flowchart') (direction | '&gt;' | '&lt;' | '^' | 'v')?
/// statement  := 'subgraph' subgraphHeader | 'end' | 'direction' direction | styleKeyword rawText | accessibility | vertexChain
/// vertexChain:= nodeGroup (link nodeGroup)*
/// nodeGroup  := node ('&amp;' node)*
/// node       := id (shapeOpen label shapeClose)? classSuffix? dataBlock?
/// link       := edgeId? (LINK ('|' label '|')? | LINK_START label LINK_END)
/// </code>
/// Every rule is a loop, nothing recurses, so nesting depth and line length cost no stack.
/// </summary>
internal sealed partial class MermaidStatementParser(MermaidLexer lexer, MermaidFlowchartBuilder chart)
{
    private static readonly string[] Directions = ["TB", "TD", "BT", "RL", "LR"];

    public MermaidFlowchart Parse(MermaidToken diagramKeyword)
    {
        var direction = "TB";
        lexer.RejectSeparatorAfterDiagramKeyword();
        if (lexer.TryReadDirectionSymbol(out var shorthand))
        {
            direction = shorthand.Text;
        }
        else if (lexer.Peek().Kind == MermaidTokenKind.Identifier)
        {
            direction = ReadDirection(lexer.Next());
        }

        if (!TryEndStatement())
        {
            throw ExpectedEndOfStatement($"'{diagramKeyword.Text}'");
        }

        while (true)
        {
            var token = lexer.Next();
            switch (token.Kind)
            {
                case MermaidTokenKind.Newline:
                    break;
                case MermaidTokenKind.Semicolon:
                    // An empty statement: mermaid's grammar lists its ';' as a member of the subgraph it stands in.
                    chart.NameStatementText(token.Text);
                    break;
                case MermaidTokenKind.EndOfInput:
                    return chart.Build(direction, diagramKeyword);
                case MermaidTokenKind.Subgraph:
                    ParseSubgraphHeader(token);
                    break;
                case MermaidTokenKind.End:
                    // Mermaid's grammar ends a subgraph statement at 'end' with no separator, so another statement may
                    // follow on the line ('end B-->C').
                    chart.CloseSubgraph(token);
                    break;
                case MermaidTokenKind.Direction:
                    chart.SetDirection(ReadDirection(Expect(lexer.Next(), MermaidTokenKind.Identifier, "a direction after 'direction'")));
                    ExpectEndOfStatement("the direction");
                    break;
                case MermaidTokenKind.StyleStatement:
                    var rest = lexer.Next();
                    if (rest.Kind != MermaidTokenKind.RawText)
                    {
                        throw Error(rest, $"expected the rest of the '{token.Text}' statement, found {rest.Describe()}");
                    }

                    if (rest.Text.Length == 0)
                    {
                        throw Error(rest, $"expected what '{token.Text}' applies to after it, found {lexer.Peek().Describe()}");
                    }

                    CheckStyleArguments(token, rest);
                    ParseStyleStatement(token, rest);
                    if (!TryEndStatement())
                    {
                        throw ExpectedEndOfStatement($"the '{token.Text}' statement");
                    }

                    break;
                case MermaidTokenKind.Accessibility:
                    var accessibility = ApplyAccessibility(token);
                    if (!IsEndOfStatementNext())
                    {
                        throw ExpectedEndOfStatement($"the '{accessibility}' statement");
                    }

                    break;
                case MermaidTokenKind.Identifier:
                    ParseVertexChain(token);
                    break;
                default:
                    throw Error(token, $"expected a node id or a statement, found {token.Describe()}");
            }
        }
    }

    private static string ReadDirection(MermaidToken token)
    {
        if (Array.IndexOf(Directions, token.Text) < 0)
        {
            throw Error(token, $"unknown direction '{token.Text}'; expected TB, TD, BT, RL or LR");
        }

        return token.Text == "TD" ? "TB" : token.Text;
    }

    private void ParseSubgraphHeader(MermaidToken keyword)
    {
        string? id = null;
        string? title = null;
        var token = lexer.Peek();
        if (token.Kind == MermaidTokenKind.QuotedText)
        {
            // Mermaid's flowDb: a quoted title without blanks is also the id ("hello" → id hello); the title is trimmed.
            var text = ReadQuotedSubgraphText(lexer.Next().Text);
            var next = lexer.Peek();
            var blankAfter = next.Kind is MermaidTokenKind.Newline or MermaidTokenKind.Semicolon or MermaidTokenKind.EndOfInput && next.AfterSpace;
            id = text.Any(char.IsWhiteSpace) || text.Length == 0 || blankAfter ? null : text;
            title = next.Kind == MermaidTokenKind.ShapeOpen && next.Text == "[" && id is not null
                ? ReadLabel(lexer.Next(), out _)
                : MermaidLabelText.FromMermaid(text);
        }
        else if (token.Kind == MermaidTokenKind.Identifier)
        {
            id = lexer.Next().Text;
            var next = lexer.Peek();
            if (next.Kind == MermaidTokenKind.ShapeOpen)
            {
                if (next.Text != "[")
                {
                    throw Error(next, $"a subgraph title goes in square brackets, not '{next.Text}'");
                }

                title = ReadLabel(lexer.Next(), out _);
            }
            else if (next.Kind is MermaidTokenKind.Newline or MermaidTokenKind.Semicolon or MermaidTokenKind.EndOfInput && next.AfterSpace)
            {
                // Mermaid reads "subgraph one   " (blanks before the end of the line) as a title with a generated id.
                (id, title) = (null, id);
            }
            else if (next.Kind == MermaidTokenKind.Identifier)
            {
                // "subgraph Build and deploy": a title of several words, with a generated id (as mermaid does).
                var words = new List<string> { id };
                while (lexer.Peek().Kind == MermaidTokenKind.Identifier)
                {
                    words.Add(lexer.Next().Text);
                }

                (id, title) = (null, string.Join(' ', words));
            }
        }

        if (id is null && title is null)
        {
            // Mermaid's grammar takes a bare 'subgraph', but its flowDb then fails on the missing id.
            throw Error(keyword, $"expected an id or a title after 'subgraph', found {lexer.Peek().Describe()}");
        }

        ExpectEndOfStatement("the subgraph header");
        // Mermaid trims a title after sanitizing it, which may leave blanks at its ends (a dropped tag).
        chart.OpenSubgraph(id, title?.Trim(), keyword);
    }

    /// <summary>Mermaid's subgraph header joins the words that follow a string to it: <c>"t"x</c> is "tx", <c>"t" x</c> is "t x".</summary>
    private string ReadQuotedSubgraphText(string quoted)
    {
        var text = quoted;
        while (lexer.Peek().Kind == MermaidTokenKind.Identifier)
        {
            var word = lexer.Next();
            if (word.Text == "end")
            {
                // Mermaid's 'end' token takes the line break after it, so its title would run on into the next line.
                throw Error(word, "'end' after a subgraph's quoted title runs the title on into the next line in mermaid; put the whole title in the quotes");
            }

            text = word.AfterSpace ? $"{text} {word.Text}" : text + word.Text;
        }

        return text;
    }

    /// <summary>
    /// Mermaid's <c>classDef</c>, <c>class</c>, <c>style</c> and <c>linkStyle</c> take a target and then styles or a class
    /// name, made of plain words, colons, commas and colours: no brackets, braces, pipes or '@'.
    /// </summary>
    private static void CheckStyleArguments(MermaidToken keyword, MermaidToken rest)
    {
        if (keyword.Text == "click")
        {
            return;
        }

        var blank = rest.Text.IndexOfAny([' ', '\t']);
        if (blank < 0)
        {
            throw Error(rest, $"expected {(keyword.Text == "class" ? "a class name" : "styles")} after '{keyword.Text} {rest.Text}'");
        }

        if (rest.Text.EndsWith(','))
        {
            throw new MermaidSyntaxException($"expected a style after the last ',' of the '{keyword.Text}' statement", rest.Line, rest.Column + rest.Text.Length);
        }

        var bad = rest.Text.IndexOfAny(['[', ']', '(', ')', '{', '}', '|', '@']);
        if (bad >= 0)
        {
            throw new MermaidSyntaxException($"unexpected '{rest.Text[bad]}' in the '{keyword.Text}' statement", rest.Line, rest.Column + bad);
        }

        // Mermaid's style components are ASCII tokens: a non-ASCII letter after the target is its own token, which fails there.
        var nonAscii = keyword.Text == "class" ? -1 : rest.Text.AsSpan(blank).IndexOfAnyExceptInRange('\0', '\x7F');
        if (nonAscii >= 0)
        {
            throw new MermaidSyntaxException(
                $"unexpected '{rest.Text[blank + nonAscii]}' in the '{keyword.Text}' statement: mermaid's styles take ASCII characters only", rest.Line, rest.Column + blank + nonAscii);
        }
    }

    private void ExpectEndOfStatement(string after)
    {
        if (!TryEndStatement())
        {
            throw ExpectedEndOfStatement(after);
        }
    }

    /// <summary>
    /// Mermaid's 'end' and accessibility statements take no separator of their own: a ';' after them is an empty statement
    /// of its own, left for the main loop.
    /// </summary>
    private bool IsEndOfStatementNext() =>
        lexer.Peek().Kind is MermaidTokenKind.Newline or MermaidTokenKind.Semicolon or MermaidTokenKind.EndOfInput;

    /// <summary>Consumes the end of a statement when it comes next (callers build their error text only when it does not).</summary>
    private bool TryEndStatement()
    {
        if (!IsEndOfStatementNext())
        {
            return false;
        }

        lexer.Next();
        return true;
    }

    private MermaidSyntaxException ExpectedEndOfStatement(string after) =>
        Error(lexer.Peek(), $"expected the end of the statement after {after}, found {lexer.Peek().Describe()}");

    private static MermaidToken Expect(MermaidToken token, MermaidTokenKind kind, string what) =>
        token.Kind == kind ? token : throw Error(token, $"expected {what}, found {token.Describe()}");

    private static MermaidSyntaxException Error(MermaidToken token, string problem) => new(problem, token.Line, token.Column);
}
