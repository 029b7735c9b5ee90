using Markdig;
using Markdig.Syntax;
using TeamGraph.Core.Cards;
using TeamGraph.Core.Diagnostics;

namespace TeamGraph.Core.Ingestion.Markdown;

/// <summary>
/// Reads a decoded role card with Markdig (pipe tables, YAML front matter) into a <see cref="RoleCard"/>.
/// Sections are recognised by heading keywords in Russian or English, in any order and at any level; table
/// columns by header synonyms in any order. Bad input becomes diagnostics, never an exception.
/// </summary>
public sealed class RoleCardParser : IRoleCardParser
{
    // Built once: a pipeline is immutable and safe to share between parses.
    private static readonly MarkdownPipeline Pipeline = new MarkdownPipelineBuilder()
        .UsePipeTables()
        .UseYamlFrontMatter()
        .UsePreciseSourceLocation()
        .Build();

    /// <inheritdoc />
    public RoleCard Parse(string path, string text, ICollection<Diagnostic> diagnostics)
    {
        ArgumentNullException.ThrowIfNull(path);
        ArgumentNullException.ThrowIfNull(diagnostics);
        if (string.IsNullOrWhiteSpace(text))
        {
            diagnostics.Add(new Diagnostic(DiagnosticSeverity.Warning, MarkdownDiagnosticCodes.EmptyDocument, path, null, "The card is empty."));
            return new RoleCard { Path = path };
        }

        var lines = text.Split('\n');
        var nested = NestingGuard.Apply(lines, path, diagnostics);
        var escaped = InlineDelimiterGuard.Apply(lines, path, diagnostics);
        if (nested || escaped)
        {
            text = string.Join('\n', lines);
        }

        MarkdownDocument document;
        try
        {
            document = Markdig.Markdown.Parse(text, Pipeline);
        }
        catch (ArgumentException exception)
        {
            // Markdig refuses pathological nesting the guard did not foresee; the card is lost but the ingest goes on.
            diagnostics.Add(new Diagnostic(DiagnosticSeverity.Error, MarkdownDiagnosticCodes.MarkdownParseFailed, path, null, $"Markdig could not parse the card: {exception.Message}"));
            return new RoleCard { Path = path };
        }

        return new CardReader(path, lines, diagnostics).Read(document);
    }
}
