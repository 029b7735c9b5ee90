namespace TeamGraph.Core.Ingestion.Mermaid;

/// <summary>
/// What <see cref="MermaidLexer"/> expects next. Labels are lexed differently from statements (brackets and arrows are
/// text there), so the lexer switches mode on the tokens that open and close them, as mermaid's own lexer does.
/// </summary>
internal enum MermaidLexerMode
{
    Statement,
    ShapeLabel,
    ShapeClose,
    EdgeLabel,
    EdgeLabelEnd,
    PipeLabel,
    PipeClose,
    RawRest,
}
