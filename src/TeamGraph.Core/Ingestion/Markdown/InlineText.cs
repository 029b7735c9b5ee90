using System.Text;
using CommunityToolkit.HighPerformance.Buffers;
using Markdig.Syntax;
using Markdig.Syntax.Inlines;

namespace TeamGraph.Core.Ingestion.Markdown;

/// <summary>
/// Plain text of Markdown inlines: emphasis and code marks dropped, links reduced to their text, whitespace
/// collapsed. Walks by parent and sibling links (<see cref="MarkdownTree.Next"/>), so deeply nested emphasis cannot
/// overflow the call stack, and collapses whitespace as it goes into one builder per thread: a card has thousands
/// of cells, and each costs only its string.
/// </summary>
internal static class InlineText
{
    /// <summary>Texts up to this long come from <see cref="StringPool.Shared"/>.</summary>
    private const int PooledUpTo = 48;

    [ThreadStatic]
    private static StringBuilder? _builder;

    public static string Of(Inline? inline)
    {
        if (inline is null)
        {
            return string.Empty;
        }

        var text = new CollapsedText(Builder());
        text.Append(inline);
        return text.ToString();
    }

    /// <summary>The text of the first paragraph or heading of a block (a list item, a table cell).</summary>
    public static string OfFirstLeaf(Block block) => FirstLeaf(block) is { Inline: { } inline } ? Of(inline) : string.Empty;

    /// <summary>
    /// The text of <paramref name="first"/> and the siblings after it; with <paramref name="untilLink"/>, only up
    /// to the next sibling holding a link.
    /// </summary>
    public static string OfSiblings(Inline? first, bool untilLink = false)
    {
        var text = new CollapsedText(Builder());
        for (var sibling = first; sibling is not null && !(untilLink && MarkdownTree.HoldsLink(sibling)); sibling = sibling.NextSibling)
        {
            text.Append(sibling);
        }

        return text.ToString();
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

    private static StringBuilder Builder()
    {
        var builder = _builder ??= new StringBuilder(256);
        builder.Clear();
        return builder;
    }

    /// <summary>Text with every run of whitespace one space, none at either end.</summary>
    private ref struct CollapsedText(StringBuilder builder)
    {
        private bool _pendingSpace;

        public void Append(Inline root)
        {
            for (Inline? inline = root; inline is not null; inline = MarkdownTree.Next(inline, root))
            {
                switch (inline)
                {
                    case LiteralInline literal:
                        Append(literal.Content.AsSpan());
                        break;
                    case CodeInline code:
                        Append(code.ContentSpan);
                        break;
                    case AutolinkInline autolink:
                        Append(autolink.Url);
                        break;
                    case HtmlEntityInline entity:
                        Append(entity.Transcoded.AsSpan());
                        break;
                    case LineBreakInline:
                        _pendingSpace = builder.Length > 0;
                        break;
                }
            }
        }

        private void Append(ReadOnlySpan<char> text)
        {
            foreach (var ch in text)
            {
                if (char.IsWhiteSpace(ch))
                {
                    _pendingSpace = builder.Length > 0;
                    continue;
                }

                if (_pendingSpace)
                {
                    builder.Append(' ');
                    _pendingSpace = false;
                }

                builder.Append(ch);
            }
        }

        /// <summary>
        /// The text; a short one from the shared pool, as cells repeat across a team ("Advanced", "Jira", a role's
        /// name on every row), so equal cells share one string rather than one each for as long as the graph lives.
        /// </summary>
        public override readonly string ToString()
        {
            if (builder.Length > PooledUpTo)
            {
                return builder.ToString();
            }

            Span<char> text = stackalloc char[builder.Length];
            builder.CopyTo(0, text, builder.Length);
            return StringPool.Shared.GetOrAdd(text);
        }
    }
}
