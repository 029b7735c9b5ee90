using Markdig.Syntax.Inlines;
using TeamGraph.Core.Cards;

namespace TeamGraph.Core.Ingestion.Markdown;

internal sealed partial class CardReader
{
    private static readonly char[] NoteMarks = ['—', '–', '-', ':'];

    /// <summary>Learning-plan links go to the plan's lists; every other link is the card's navigation.</summary>
    private void ReadLinks(CardSection section)
    {
        var target = section.Kind switch
        {
            SectionKind.RequiredReading => _requiredReading,
            SectionKind.UsefulReading => _usefulReading,
            SectionKind.Resources => _resources,
            _ => SectionClassifier.IsLearningPlan(section.Kind) ? null : _links,
        };
        foreach (var inline in section.Blocks.SelectMany(MarkdownTree.Inlines).Where(MarkdownTree.IsLink))
        {
            var link = ToLink(inline);
            (target ?? (link.IsExternal ? _resources : _usefulReading)).Add(link);
        }
    }

    private DocumentLink ToLink(Inline inline)
    {
        var (text, target) = inline switch
        {
            LinkInline link => (InlineText.Of(link), link.Url ?? string.Empty),
            AutolinkInline { IsEmail: true } autolink => (autolink.Url, "mailto:" + autolink.Url),
            AutolinkInline autolink => (autolink.Url, autolink.Url),
            _ => (string.Empty, string.Empty),
        };
        return new DocumentLink(text, target, NoteAfter(inline), Source(inline.Line + 1));
    }

    /// <summary>The text after a link that starts with a dash or colon: "**[overview.md](…)** — архитектура системы".</summary>
    private static string? NoteAfter(Inline link)
    {
        var after = InlineText.OfSiblings(MarkdownTree.TopLevel(link).NextSibling, untilLink: true);
        if (after.Length == 0 || Array.IndexOf(NoteMarks, after[0]) < 0)
        {
            return null;
        }

        var note = after.TrimStart(NoteMarks).TrimStart();
        return note.Length == 0 ? null : note;
    }
}
