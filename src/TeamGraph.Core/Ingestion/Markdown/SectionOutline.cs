using Markdig.Extensions.Yaml;
using Markdig.Syntax;

namespace TeamGraph.Core.Ingestion.Markdown;

/// <summary>
/// Cuts a document into sections at its top-level headings. The first level-1 heading is the title; every
/// other heading is classified with its parent heading's kind as context, so "Best Practices" means the
/// learning plan's practices only inside the learning plan, and any heading inside the examples is an example.
/// </summary>
internal static class SectionOutline
{
    public static IReadOnlyList<CardSection> Build(MarkdownDocument document, int lineCount)
    {
        var sections = new List<CardSection> { new(SectionKind.Preamble, string.Empty, 0, 1) };
        var open = new Stack<CardSection>();
        var hasTitle = false;
        foreach (var block in document)
        {
            if (block is YamlFrontMatterBlock)
            {
                continue;
            }

            if (block is not HeadingBlock heading)
            {
                sections[^1].Blocks.Add(block);
                continue;
            }

            while (open.TryPeek(out var top) && top.Level >= heading.Level)
            {
                open.Pop();
            }

            var text = InlineText.Of(heading.Inline);
            var parent = open.TryPeek(out var enclosing) ? enclosing.Kind : SectionKind.Preamble;
            var kind = heading.Level == 1 && !hasTitle ? SectionKind.Title : SectionClassifier.Classify(text, parent);
            hasTitle |= kind == SectionKind.Title;
            var section = new CardSection(kind, text, heading.Level, heading.Line + 1);
            sections[^1].EndLine = section.Line - 1;
            sections.Add(section);
            open.Push(section);
        }

        sections[^1].EndLine = lineCount;
        return sections;
    }
}
