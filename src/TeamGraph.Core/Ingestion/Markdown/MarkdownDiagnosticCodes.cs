using TeamGraph.Core.Diagnostics;
using TeamGraph.Core.Ingestion.Decoding;

namespace TeamGraph.Core.Ingestion.Markdown;

/// <summary>The diagnostic codes the Markdown stage reports; each one's meaning is in its <see cref="DiagnosticDescriptionAttribute"/>.</summary>
public static class MarkdownDiagnosticCodes
{
    /// <summary>The text is empty or only whitespace: the decoding stage's code, described there.</summary>
    public const string EmptyDocument = DecodingDiagnosticCodes.EmptyDocument;

    [DiagnosticDescription(DiagnosticSeverity.Warning,
        "The card has no level-1 heading to name the role.",
        "Start the card with '# Role name'.")]
    public const string MissingTitle = "missing-title";

    [DiagnosticDescription(DiagnosticSeverity.Warning,
        "A fenced code block never closes, so everything after it up to the end of its container was read as code.",
        "Close the code block with the same fence (``` or ~~~) that opens it.")]
    public const string UnclosedCodeFence = "unclosed-code-fence";

    [DiagnosticDescription(DiagnosticSeverity.Error,
        "Lists or block quotes nest deeper than the parser accepts; those lines were left out.",
        "Flatten the nesting of the lines given.")]
    public const string NestingTooDeep = "nesting-too-deep";

    [DiagnosticDescription(DiagnosticSeverity.Warning,
        "A table row has fewer or more cells than its header; the row is read with the cells it has.",
        "Give the row as many cells as the header; a '|' inside a cell must be written '\\|'.")]
    public const string RaggedTableRow = "ragged-table-row";

    [DiagnosticDescription(DiagnosticSeverity.Warning,
        "A table in a known section has columns that could not be identified, so the section is kept as unknown.",
        "Use the column headers of that section (in English or Russian), as the README's 'What it reads' lists them.")]
    public const string UnrecognizedTable = "unrecognized-table";

    [DiagnosticDescription(DiagnosticSeverity.Warning,
        "The YAML front matter does not parse or is not a mapping, so it was ignored.",
        "Fix the YAML between the '---' lines: a mapping such as 'code: DO'.")]
    public const string InvalidFrontMatter = "invalid-front-matter";

    [DiagnosticDescription(DiagnosticSeverity.Error,
        "The Markdown parser refused the text even after the nesting guard, so the card was not read.",
        "Look for unusual constructs near the line given; please report the file as a TeamGraph bug.")]
    public const string MarkdownParseFailed = "markdown-parse-failed";

    [DiagnosticDescription(DiagnosticSeverity.Warning,
        "A paragraph or table holds so many link or emphasis delimiters that parsing them would take minutes; they were read as plain text.",
        "Split the paragraph or table, or remove the runs of '[', '*' or '_'.")]
    public const string TooManyInlineDelimiters = "too-many-inline-delimiters";
}
