namespace TeamGraph.Core.Ingestion.Mermaid;

/// <summary>The kinds of token <see cref="MermaidLexer"/> produces.</summary>
internal enum MermaidTokenKind
{
    EndOfInput,
    Newline,
    Semicolon,
    Identifier,
    /// <summary>Text between double quotes; markdown-string backticks already removed.</summary>
    QuotedText,
    /// <summary>Unquoted text of a shape or edge label, trimmed.</summary>
    LabelText,
    Ampersand,
    /// <summary><c>:::className</c> after a node.</summary>
    ClassSuffix,
    /// <summary>A shape opener such as <c>[</c>, <c>([</c>, <c>{{</c>; the label and a <see cref="ShapeClose"/> follow.</summary>
    ShapeOpen,
    ShapeClose,
    /// <summary>A whole link such as <c>--&gt;</c> or <c>-.-</c>.</summary>
    Link,
    /// <summary>The start of a labelled link (<c>--</c>, <c>==</c>, <c>-.</c>); a label and a <see cref="LinkEnd"/> follow.</summary>
    LinkStart,
    LinkEnd,
    Pipe,
    Subgraph,
    End,
    Direction,
    /// <summary><c>classDef</c>, <c>class</c>, <c>style</c>, <c>linkStyle</c> or <c>click</c>; a <see cref="RawText"/> follows.</summary>
    StyleStatement,
    RawText,
    /// <summary>The text of a data block <c>@{ ... }</c> after a node or an edge id, quoted line breaks already <c>&lt;br/&gt;</c>.</summary>
    DataBlock,
    /// <summary>An edge id before its link, <c>e1@</c> in <c>A e1@--&gt; B</c>; the text is the id without the <c>@</c>.</summary>
    EdgeId,
    /// <summary>A whole <c>accTitle: ...</c>, <c>accDescr: ...</c> or <c>accDescr { ... }</c> statement; the text is the whole statement.</summary>
    Accessibility,
}
