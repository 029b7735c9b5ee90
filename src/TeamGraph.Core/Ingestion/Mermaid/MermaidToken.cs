namespace TeamGraph.Core.Ingestion.Mermaid;

/// <summary>
/// One token. <see cref="Line"/> is a file line, <see cref="Column"/> 1-based; <see cref="AfterSpace"/> tells whether blanks
/// preceded it (mermaid rejects <c>A [x]</c> but accepts <c>subgraph id [title]</c>).
/// </summary>
internal readonly record struct MermaidToken(
    MermaidTokenKind Kind,
    string Text,
    int Line,
    int Column,
    bool AfterSpace,
    MermaidArrow Arrow = default)
{
    private const int MaxQuoted = 30;

    /// <summary>The token as an error message names it.</summary>
    public string Describe() => Kind switch
    {
        MermaidTokenKind.EndOfInput => "the end of the block",
        MermaidTokenKind.Newline => "the end of the line",
        MermaidTokenKind.LabelText or MermaidTokenKind.QuotedText or MermaidTokenKind.RawText => $"text \"{Shorten(Text)}\"",
        _ => $"'{Shorten(Text)}'",
    };

    private static string Shorten(string text) => text.Length <= MaxQuoted ? text : string.Concat(text.AsSpan(0, MaxQuoted), "...");
}
