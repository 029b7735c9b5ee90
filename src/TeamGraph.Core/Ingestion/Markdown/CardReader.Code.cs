using Markdig.Syntax;
using TeamGraph.Core.Cards;
using TeamGraph.Core.Diagnostics;

namespace TeamGraph.Core.Ingestion.Markdown;

internal sealed partial class CardReader
{
    /// <summary>Mermaid blocks count wherever they are; every fence is checked for a closing line.</summary>
    private void ReadCodeBlocks(MarkdownDocument document)
    {
        foreach (var fenced in MarkdownTree.Blocks(document).OfType<FencedCodeBlock>())
        {
            if (fenced.ClosingFencedCharCount == 0)
            {
                diagnostics.Add(new Diagnostic(
                    DiagnosticSeverity.Warning,
                    MarkdownDiagnosticCodes.UnclosedCodeFence,
                    path,
                    fenced.Line + 1,
                    "This code fence is never closed; everything after it up to the end of its container was read as code."));
            }

            if (IsMermaid(fenced))
            {
                // The fence is at Line (0-based), so the first code line is file line Line + 2.
                _mermaidBlocks.Add(new MermaidBlock(fenced.Lines.ToString(), fenced.Line + 2, path));
            }
        }
    }

    /// <summary>Every non-mermaid fenced block under an example heading is one example titled by the heading.</summary>
    private void ReadExamples(CardSection section)
    {
        var blocks = section.Blocks.SelectMany(MarkdownTree.Blocks).OfType<FencedCodeBlock>().Where(fenced => !IsMermaid(fenced));
        foreach (var fenced in blocks)
        {
            var language = string.IsNullOrWhiteSpace(fenced.Info) ? null : fenced.Info;
            _examples.Add(new CodeExample(section.Heading, language, fenced.Lines.ToString(), Source(section.Line)));
        }
    }

    private static bool IsMermaid(FencedCodeBlock fenced) => string.Equals(fenced.Info, "mermaid", StringComparison.OrdinalIgnoreCase);
}
