using Markdig.Syntax;
using Markdig.Syntax.Inlines;
using TeamGraph.Core.Cards;

namespace TeamGraph.Core.Ingestion.Markdown;

/// <summary>
/// Reads a list item as a name and a detail: "**Name**: detail", "**Assess** — оценить", or a plain
/// "Name — detail" / "Name: detail"; any other item is all name.
/// </summary>
internal static class ListEntryReader
{
    private static readonly string[] PlainSeparators = [" — ", " – ", ": "];

    public static ListEntry? Read(ListItemBlock item, string path)
    {
        if (InlineText.FirstLeaf(item)?.Inline is not { } root)
        {
            return null;
        }

        var first = root.FirstChild;
        while (first is LiteralInline literal && literal.Content.IsEmptyOrWhitespace())
        {
            first = first.NextSibling;
        }

        var (name, detail) = first is EmphasisInline { DelimiterCount: 2 } strong
            ? (InlineText.Of(strong), InlineText.OfSiblings(strong.NextSibling).TrimStart(':', '—', '–', '-', ' ').Trim())
            : SplitPlain(InlineText.Of(root));
        name = name.TrimEnd(':', ' ');
        return name.Length == 0 ? null : new ListEntry(name, detail.Length == 0 ? null : detail, new SourceRef(path, item.Line + 1));
    }

    private static (string Name, string Detail) SplitPlain(string text)
    {
        foreach (var separator in PlainSeparators)
        {
            var index = text.IndexOf(separator, StringComparison.Ordinal);
            if (index > 0)
            {
                return (text[..index], text[(index + separator.Length)..].Trim());
            }
        }

        return (text, string.Empty);
    }
}
