namespace TeamGraph.Core.Ingestion.Markdown;

/// <summary>The diagnostic codes the Markdown stage reports.</summary>
public static class MarkdownDiagnosticCodes
{
    /// <summary>The text is empty or only whitespace.</summary>
    public const string EmptyDocument = "empty-document";

    /// <summary>The card has no level-1 heading to name the role.</summary>
    public const string MissingTitle = "missing-title";

    /// <summary>A fenced code block never closes; Markdig runs it to the end of its container.</summary>
    public const string UnclosedCodeFence = "unclosed-code-fence";

    /// <summary>Lists or block quotes nest deeper than the parser accepts; that part was left out.</summary>
    public const string NestingTooDeep = "nesting-too-deep";

    /// <summary>A table row has fewer or more cells than its header.</summary>
    public const string RaggedTableRow = "ragged-table-row";

    /// <summary>A table in a known section whose columns could not be identified; the section is kept as unknown.</summary>
    public const string UnrecognizedTable = "unrecognized-table";

    /// <summary>The YAML front matter does not parse or is not a mapping.</summary>
    public const string InvalidFrontMatter = "invalid-front-matter";

    /// <summary>Markdig refused the text even after the nesting guard.</summary>
    public const string MarkdownParseFailed = "markdown-parse-failed";

    /// <summary>
    /// A paragraph or table holding so many link or emphasis delimiters that Markdig's inline parser would take
    /// seconds to minutes over it; they are read as plain text.
    /// </summary>
    public const string TooManyInlineDelimiters = "too-many-inline-delimiters";
}
