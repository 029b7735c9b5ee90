using System.Text;
using Markdig.Syntax;
using Markdig.Syntax.Inlines;

namespace TeamGraph.Core.Ingestion.Markdown;

/// <summary>
/// Plain text of Markdown inlines: emphasis and code marks dropped, links reduced to their text, whitespace
/// collapsed. Walks with an explicit stack, so deeply nested emphasis cannot overflow the call stack.
/// </summary>
internal static class InlineText
{
    public static string Of(Inline? inline) => inline is null ? string.Empty : Collapse(Append(new StringBuilder(), inline));

    /// <summary>The text of the first paragraph or heading of a block (a list item, a table cell).</summary>
    public static string OfFirstLeaf(Block block) => FirstLeaf(block) is { Inline: { } inline } ? Of(inline) : string.Empty;

    /// <summary>
    /// The text of <paramref name="first"/> and the siblings after it; with <paramref name="untilLink"/>, only up
    /// to the next sibling holding a link.
    /// </summary>
    public static string OfSiblings(Inline? first, bool untilLink = false)
    {
        var builder = new StringBuilder();
        for (var sibling = first; sibling is not null && !(untilLink && MarkdownTree.HoldsLink(sibling)); sibling = sibling.NextSibling)
        {
            Append(builder, sibling);
        }

        return Collapse(builder);
    }

    public static LeafBlock? FirstLeaf(Block block)
    {
        var current = block;
        while (current is ContainerBlock container)
        {
            if (container.Count == 0)
            {
                return null;
            }

            current = container[0];
        }

        return current as LeafBlock;
    }

    private static StringBuilder Append(StringBuilder builder, Inline root)
    {
        var stack = new Stack<Inline>();
        stack.Push(root);
        while (stack.TryPop(out var inline))
        {
            switch (inline)
            {
                case LiteralInline literal:
                    builder.Append(literal.Content.AsSpan());
                    break;
                case CodeInline code:
                    builder.Append(code.Content);
                    break;
                case AutolinkInline autolink:
                    builder.Append(autolink.Url);
                    break;
                case HtmlEntityInline entity:
                    builder.Append(entity.Transcoded.AsSpan());
                    break;
                case LineBreakInline:
                    builder.Append(' ');
                    break;
                case ContainerInline container:
                    for (var child = container.LastChild; child is not null; child = child.PreviousSibling)
                    {
                        stack.Push(child);
                    }

                    break;
            }
        }

        return builder;
    }

    private static string Collapse(StringBuilder builder)
    {
        var result = new StringBuilder(builder.Length);
        var pendingSpace = false;
        for (var i = 0; i < builder.Length; i++)
        {
            var ch = builder[i];
            if (char.IsWhiteSpace(ch))
            {
                pendingSpace = result.Length > 0;
                continue;
            }

            if (pendingSpace)
            {
                result.Append(' ');
                pendingSpace = false;
            }

            result.Append(ch);
        }

        return result.ToString();
    }
}
